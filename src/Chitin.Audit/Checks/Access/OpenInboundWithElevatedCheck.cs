using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Access;

internal sealed class OpenInboundWithElevatedCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-ACC-002",
        Title = "Open group/DM policy while elevated tools are enabled",
        Layer = Layer.Access,
        DefaultSeverity = Severity.Critical,
        Description = "A channel or account accepts anyone (dmPolicy/groupPolicy \"open\") and tools.elevated is not disabled (it defaults to on). Elevated exec runs on the host outside any sandbox for senders in tools.elevated.allowFrom; a prompt injection in an open conversation can ride on such a sender's session or on a wildcard allowlist.",
        Remediation = "Set each listed policy to \"allowlist\" or \"pairing\", keep tools.elevated.allowFrom to a few exact ids, or set tools.elevated.enabled false.",
        OpenClawCheckIds = ["security.exposure.open_groups_with_elevated"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var open = InboundExposure.OpenPolicies(install.Config);
        if (open.Count == 0 || install.Config.GetBool("tools.elevated.enabled") == false)
        {
            yield break;
        }

        var allowFrom = install.Config.Members("tools.elevated.allowFrom").Select(m => (m.Key, List: ConfigView.GetStrings(m.Value))).Where(p => p.List.Count > 0).ToList();
        var wildcard = allowFrom.Any(p => p.List.Any(e => e.Trim() == "*"));
        var grants = allowFrom.Count == 0 ? "no sender is in tools.elevated.allowFrom yet" : $"tools.elevated.allowFrom grants {string.Join(", ", allowFrom.Select(p => p.Key))}" + (wildcard ? " (with \"*\")" : "");
        yield return Info.Find(
            $"Inbound policy \"open\" at {string.Join(", ", open.Select(n => n.Path))} with tools.elevated enabled; {grants}.",
            Evidence.At(open[0], "open"),
            allowFrom.Count == 0 ? Severity.Medium : wildcard ? Severity.Critical : Severity.High);
    }
}

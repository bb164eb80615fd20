using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Access;

internal sealed class OpenChannelsWithExecCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-ACC-001",
        Title = "Open channels reach exec-enabled agents",
        Layer = Layer.Access,
        DefaultSeverity = Severity.Medium,
        Description = "Some channel, account, group or DM scope has dmPolicy or groupPolicy \"open\", and some agent has exec security other than deny. Anyone in those conversations can steer an agent that runs commands; with security \"full\" nothing stands in between.",
        Remediation = "Tighten dmPolicy/groupPolicy to pairing or allowlist, or set tools.exec.security \"deny\" (or mode \"ask\") for agents reachable from shared or public channels.",
        OpenClawCheckIds = ["security.exposure.open_channels_with_exec"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var open = OpenExecSurface.Nodes(install.Config);
        var scopes = ExecPosture.Scopes(install).Where(s => s.AuditSecurity != "deny").ToList();
        if (open.Count == 0 || scopes.Count == 0)
        {
            yield break;
        }

        var full = scopes.Any(s => s.AuditSecurity == "full");
        yield return Info.Find(
            $"Open DM/group access at {string.Join(", ", open.Select(n => n.Path))}; exec-enabled scopes: {string.Join(", ", scopes.Select(s => $"{s.Context.Label} (security={s.AuditSecurity}, host={s.Host})"))}.",
            Evidence.At(open[0], "open"),
            full ? Severity.Critical : Severity.Medium);
    }
}

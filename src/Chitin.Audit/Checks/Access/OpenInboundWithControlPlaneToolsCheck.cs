using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Access;

internal sealed class OpenInboundWithControlPlaneToolsCheck : IAuditCheck
{
    /// <summary>OpenClaw's <c>GATEWAY_CONTROL_PLANE_TOOLS</c>.</summary>
    internal static readonly string[] ControlPlaneTools = ["automations", "gateway", "plugins"];

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-ACC-004",
        Title = "Open group/DM policy with control-plane tools exposed",
        Layer = Layer.Access,
        DefaultSeverity = Severity.Critical,
        Description = "A channel accepts anyone and some agent context still allows automations (cron), gateway or plugins. A prompt injection in an open conversation can reconfigure or update OpenClaw, install plugins or schedule persistent jobs.",
        Remediation = "Deny automations, gateway and plugins (tools.deny: [\"group:automation\"]) for exposed agents, prefer tools.profile \"messaging\", and tighten dmPolicy/groupPolicy.",
        OpenClawCheckIds = ["security.exposure.open_groups_with_control_plane_tools"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var open = InboundExposure.OpenPolicies(install.Config);
        if (open.Count == 0)
        {
            yield break;
        }

        var globalProfile = install.Config.GetString("tools.profile");
        var contexts = ToolExposure.All(install)
            .Select(c => (c, tools: c.Allowed(ControlPlaneTools)))
            .Where(p => p.tools.Count > 0)
            .Select(p => $"{p.c.Scope.Label} (profile={(p.c.Scope.Tools?["profile"] as J5String)?.Value ?? globalProfile ?? "none"}; controlPlane=[{string.Join(", ", p.tools)}])")
            .ToList();
        if (contexts.Count == 0)
        {
            yield break;
        }

        yield return Info.Find(
            $"Inbound policy \"open\" at {string.Join(", ", open.Select(n => n.Path))}; control-plane tool contexts: {string.Join("; ", contexts)}.",
            Evidence.At(open[0], "open"));
    }
}

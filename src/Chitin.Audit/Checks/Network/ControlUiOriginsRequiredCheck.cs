using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Network;

internal sealed class ControlUiOriginsRequiredCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-011",
        Title = "Non-loopback Control UI without explicit allowed origins",
        Layer = Layer.Network,
        DefaultSeverity = Severity.Medium,
        Description = "The Control UI is served on a non-loopback bind but gateway.controlUi.allowedOrigins is empty and Host-header fallback is off. OpenClaw 2026.9 refuses to start this way; the usual quick fixes (origin \"*\" or the Host-header fallback) remove DNS-rebinding and cross-site protection.",
        Remediation = "Set gateway.controlUi.allowedOrigins to the exact https origins you use (e.g. https://claw.example.com), or bind to loopback.",
        OpenClawCheckIds = ["gateway.control_ui.allowed_origins_required"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var g = GatewayPosture.Of(install);
        var c = install.Config;
        if (g.BindIsLoopbackSetting || !g.ControlUiEnabled || c.GetBool("gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback") == true
            || ConfigView.GetStrings(c.Get("gateway.controlUi.allowedOrigins")).Any(o => o.Trim().Length > 0))
        {
            yield break;
        }

        yield return Info.Find(
            $"gateway.bind is \"{g.Bind}\", the Control UI is enabled and gateway.controlUi.allowedOrigins is empty.",
            ConfigEvidence.AtFirst(install, null, "gateway.controlUi.allowedOrigins", "gateway.controlUi", "gateway.bind"));
    }
}

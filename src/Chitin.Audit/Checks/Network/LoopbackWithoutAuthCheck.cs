using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Network;

internal sealed class LoopbackWithoutAuthCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-002",
        Title = "Loopback gateway with the Control UI on and no credential",
        Layer = Layer.Network,
        DefaultSeverity = Severity.High,
        Description = "The gateway binds to loopback with the Control UI enabled but no token, password, trusted-proxy identity or Tailscale Serve identity guards it. Any local process, and anything a same-host reverse proxy forwards, is the operator.",
        Remediation = "Set gateway.auth.mode \"token\" with a long random token stored as a SecretRef (openclaw doctor --fix --generate-gateway-token), or disable the Control UI with gateway.controlUi.enabled false.",
        OpenClawCheckIds = ["gateway.loopback_no_auth"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var g = GatewayPosture.Of(install);
        if (!g.BindIsLoopbackSetting || !g.ControlUiEnabled || g.HasAuth || (g.AllowTailscale && g.TailscaleMode == "serve"))
        {
            yield break;
        }

        // Mode "none" lets every local client in; token/password mode without a secret makes the runtime refuse clients.
        var open = g.AuthMode == "none";
        yield return Info.Find(
            open
                ? "gateway.auth.mode is \"none\" on a loopback bind with the Control UI enabled: every local process and any same-host proxy gets operator access."
                : $"gateway.auth.mode \"{g.AuthMode}\" has no credential (config, OPENCLAW_GATEWAY_TOKEN/PASSWORD or .env); the gateway refuses clients until one is set, and the usual workaround is mode \"none\".",
            ConfigEvidence.AtFirst(install, null, "gateway.auth.mode", "gateway.auth", "gateway"),
            open ? Severity.High : Severity.Medium);
    }
}

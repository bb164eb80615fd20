using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Network;

internal sealed class TailscaleExposureCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-010",
        Title = "Gateway published through Tailscale Serve or Funnel",
        Layer = Layer.Network,
        DefaultSeverity = Severity.High,
        Description = "gateway.tailscale.mode \"funnel\" publishes the gateway on the public internet, guarded only by the shared password; \"serve\" publishes it to every device of the tailnet.",
        Remediation = "Prefer gateway.tailscale.mode \"serve\" (tailnet only) or \"off\"; with funnel, use a long random password from a SecretRef and keep the rate limiter on.",
        OpenClawCheckIds = ["gateway.tailscale_funnel", "gateway.tailscale_serve"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var mode = GatewayPosture.Of(install).TailscaleMode;
        var evidence = ConfigEvidence.At(install, "gateway.tailscale.mode", mode);
        if (mode == "funnel")
        {
            yield return Info.Find("gateway.tailscale.mode=\"funnel\" exposes the gateway publicly; treat it as internet-facing.", evidence, Severity.High, "gateway.tailscale_funnel");
        }
        else if (mode == "serve")
        {
            yield return Info.Find("gateway.tailscale.mode=\"serve\" exposes the gateway to every device on the tailnet.", evidence, Severity.Info, "gateway.tailscale_serve", "Gateway published to the tailnet through Tailscale Serve");
        }
    }
}

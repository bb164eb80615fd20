using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Network;

internal sealed class HostHeaderOriginFallbackCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-013",
        Title = "Control UI Host-header origin fallback enabled",
        Layer = Layer.Network,
        DefaultSeverity = Severity.Medium,
        Description = "gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback accepts any origin that matches the request's Host header, which weakens DNS-rebinding protection for Control UI and WebChat sockets.",
        Remediation = "Set gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback to false and list explicit gateway.controlUi.allowedOrigins.",
        OpenClawCheckIds = ["gateway.control_ui.host_header_origin_fallback"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.Config.GetBool("gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback") != true)
        {
            yield break;
        }

        var exposed = !GatewayPosture.Of(install).BindIsLoopbackSetting;
        yield return Info.Find(
            "gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback=true" + (exposed ? " on a non-loopback bind." : "."),
            ConfigEvidence.At(install, "gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback", "true"),
            exposed ? Severity.Critical : Severity.Medium);
    }
}

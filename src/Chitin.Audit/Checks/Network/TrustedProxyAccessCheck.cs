using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Network;

internal sealed class TrustedProxyAccessCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-019",
        Title = "Trusted-proxy auth admits every proxy user or loopback sources",
        Layer = Layer.Network,
        DefaultSeverity = Severity.Medium,
        Description = "In trusted-proxy mode, an empty gateway.auth.trustedProxy.allowUsers admits anyone the proxy authenticates, and allowLoopback lets same-host processes that can reach the port present identity headers.",
        Remediation = "Set gateway.auth.trustedProxy.allowUsers to the operators' identities and keep allowLoopback false unless a same-host proxy is the deliberate trust boundary.",
        OpenClawCheckIds = ["gateway.trusted_proxy_no_allowlist", "gateway.trusted_proxy_allow_loopback"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (GatewayPosture.Of(install).AuthMode != "trusted-proxy")
        {
            yield break;
        }

        var c = install.Config;
        if (c.GetBool("gateway.auth.trustedProxy.allowLoopback") == true)
        {
            yield return Info.Find(
                "gateway.auth.trustedProxy.allowLoopback=true lets loopback-source requests satisfy trusted-proxy auth.",
                ConfigEvidence.At(install, "gateway.auth.trustedProxy.allowLoopback", "true"),
                openClawCheckId: "gateway.trusted_proxy_allow_loopback",
                title: "Trusted-proxy auth accepts loopback proxy sources");
        }

        if (ConfigView.GetStrings(c.Get("gateway.auth.trustedProxy.allowUsers")).Count == 0)
        {
            yield return Info.Find(
                "gateway.auth.trustedProxy.allowUsers is empty, so any user authenticated by the proxy can operate the gateway.",
                ConfigEvidence.AtFirst(install, null, "gateway.auth.trustedProxy.allowUsers", "gateway.auth.trustedProxy", "gateway.auth"),
                openClawCheckId: "gateway.trusted_proxy_no_allowlist",
                title: "Trusted-proxy auth admits every authenticated proxy user");
        }
    }
}

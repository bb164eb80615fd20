using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Network;

internal sealed class TrustedProxyModeCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-018",
        Title = "Gateway authentication delegated to a reverse proxy",
        Layer = Layer.Network,
        DefaultSeverity = Severity.Medium,
        Description = "gateway.auth.mode \"trusted-proxy\" makes the proxy the only authentication: a forwarded user header from any address in gateway.trustedProxies is believed. Missing proxies or a missing user header make the setup broken or guessable.",
        Remediation = "Keep gateway.trustedProxies to the exact proxy addresses, set gateway.auth.trustedProxy.userHeader, make the proxy overwrite identity headers, and firewall direct access to the gateway port.",
        OpenClawCheckIds = ["gateway.trusted_proxy_auth", "gateway.trusted_proxy_no_proxies", "gateway.trusted_proxy_no_user_header"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (GatewayPosture.Of(install).AuthMode != "trusted-proxy")
        {
            yield break;
        }

        var c = install.Config;
        var proxies = ConfigView.GetStrings(c.Get("gateway.trustedProxies"));
        yield return Info.Find(
            $"gateway.auth.mode=\"trusted-proxy\" delegates authentication to a reverse proxy; gateway.trustedProxies lists {proxies.Count} entr{(proxies.Count == 1 ? "y" : "ies")}.",
            ConfigEvidence.At(install, "gateway.auth.mode", "trusted-proxy"),
            openClawCheckId: "gateway.trusted_proxy_auth");

        if (c.GetArray("gateway.trustedProxies") is not { Count: > 0 })
        {
            yield return Info.Find(
                "gateway.auth.mode=\"trusted-proxy\" but gateway.trustedProxies is empty; the gateway refuses to start (or rejects every request).",
                ConfigEvidence.AtFirst(install, null, "gateway.trustedProxies", "gateway"),
                Severity.Low,
                "gateway.trusted_proxy_no_proxies",
                "Trusted-proxy auth without trusted proxies");
        }

        if (c.Get("gateway.auth.trustedProxy.userHeader") is not J5String { Value.Length: > 0 })
        {
            yield return Info.Find(
                "gateway.auth.mode=\"trusted-proxy\" but gateway.auth.trustedProxy.userHeader is not configured.",
                ConfigEvidence.AtFirst(install, null, "gateway.auth.trustedProxy", "gateway.auth"),
                Severity.Medium,
                "gateway.trusted_proxy_no_user_header",
                "Trusted-proxy auth without a user header");
        }
    }
}

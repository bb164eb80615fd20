using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Network;

internal sealed class RealIpFallbackCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-014",
        Title = "X-Real-IP fallback trusted",
        Layer = Layer.Network,
        DefaultSeverity = Severity.Medium,
        Description = "gateway.allowRealIpFallback trusts X-Real-IP when a trusted proxy omits X-Forwarded-For. A proxy that passes a client-supplied X-Real-IP lets clients spoof their address, including the local-client checks.",
        Remediation = "Keep gateway.allowRealIpFallback false (default); enable it only behind a proxy that always overwrites X-Real-IP.",
        OpenClawCheckIds = ["gateway.real_ip_fallback_enabled"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.Config.GetBool("gateway.allowRealIpFallback") != true)
        {
            yield break;
        }

        var g = GatewayPosture.Of(install);
        var proxies = ConfigView.GetStrings(install.Config.Get("gateway.trustedProxies"));
        var exposed = !g.BindIsLoopbackSetting || (g.AuthMode == "trusted-proxy" && proxies.Any(p => !IsStrictLoopbackEntry(p)));
        yield return Info.Find(
            "gateway.allowRealIpFallback=true trusts X-Real-IP when trusted proxies omit X-Forwarded-For"
                + (exposed ? (g.BindIsLoopbackSetting ? "; trusted-proxy auth trusts non-loopback proxies." : $"; gateway.bind is \"{g.Bind}\".") : "."),
            ConfigEvidence.At(install, "gateway.allowRealIpFallback", "true"),
            exposed ? Severity.Critical : Severity.Medium);
    }

    /// <summary>OpenClaw's <c>isStrictLoopbackTrustedProxyEntry</c>: 127.0.0.1, ::1, 127.0.0.1/32 or ::1/128 exactly.</summary>
    internal static bool IsStrictLoopbackEntry(string entry)
    {
        var e = entry.Trim();
        if (!e.Contains('/', StringComparison.Ordinal))
        {
            return e == "127.0.0.1" || string.Equals(e, "::1", StringComparison.OrdinalIgnoreCase);
        }

        var parts = e.Split('/', 2);
        return (parts[0].Trim() == "127.0.0.1" && parts[1] == "32") || (parts[0].Trim().Equals("::1", StringComparison.OrdinalIgnoreCase) && parts[1] == "128");
    }
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Network;

internal sealed class TrustedProxiesMissingCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-003",
        Title = "Loopback Control UI without trusted proxies",
        Layer = Layer.Network,
        DefaultSeverity = Severity.Info,
        Description = "gateway.bind is loopback, the Control UI is on and gateway.trustedProxies is empty. If the UI is ever published through a same-host reverse proxy, every request looks local and local-client checks cannot tell clients apart.",
        Remediation = "If a reverse proxy fronts the gateway, list its address in gateway.trustedProxies (e.g. [\"127.0.0.1\"]); otherwise keep the Control UI local-only. Nothing to do for a purely local install.",
        OpenClawCheckIds = ["gateway.trusted_proxies_missing"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var g = GatewayPosture.Of(install);
        if (!g.BindIsLoopbackSetting || !g.ControlUiEnabled || install.Config.GetArray("gateway.trustedProxies") is { Count: > 0 })
        {
            yield break;
        }

        // Without a proxy there is nothing to trust; signs of one in front make the gap real.
        var c = install.Config;
        var proxySigns = new List<string>();
        if (g.AuthMode == "trusted-proxy")
        {
            proxySigns.Add("gateway.auth.mode is \"trusted-proxy\"");
        }

        if (c.GetBool("gateway.allowRealIpFallback") == true)
        {
            proxySigns.Add("gateway.allowRealIpFallback is true");
        }

        if (ConfigView.GetStrings(c.Get("gateway.controlUi.allowedOrigins")).Select(o => o.Trim())
                .FirstOrDefault(o => Uri.TryCreate(o, UriKind.Absolute, out var u) && !BrowserPosture.IsLoopbackHost(u.Host)) is { } origin)
        {
            proxySigns.Add($"the Control UI is published as {origin}");
        }

        yield return Info.Find(
            "gateway.bind is loopback and gateway.trustedProxies is empty; a reverse proxy in front of the Control UI would make every client look local"
                + (proxySigns.Count > 0 ? $", and {string.Join(" and ", proxySigns)}." : "; no proxy is configured, so this is a posture note."),
            ConfigEvidence.AtFirst(install, null, "gateway.trustedProxies", "gateway"),
            proxySigns.Count > 0 ? Severity.Medium : Severity.Info);
    }
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Fixes.BuiltIn;

/// <summary>
/// Stops the gateway from believing what clients say about themselves: no internet-wide ranges in
/// <c>gateway.trustedProxies</c>, no X-Real-IP fallback, no Host-header origin fallback, no <c>"*"</c> Control UI
/// origin, no loopback or device auto-approval shortcuts in trusted-proxy auth, and mDNS not in full mode.
/// </summary>
internal sealed class ProxyAndOriginFix : IFix
{
    public string Id => "FIX-PROXY-ORIGINS";

    public string Title => "Trust only real proxies and origins";

    public IReadOnlyList<string> CheckIds { get; } =
    [
        "CHI-NET-012", "CHI-NET-013", "CHI-NET-014", "CHI-NET-019", "CHI-NET-020", "CHI-NET-021", "CHI-NET-030",
        "gateway.control_ui.allowed_origins_wildcard", "gateway.control_ui.host_header_origin_fallback", "gateway.real_ip_fallback_enabled",
        "gateway.trusted_proxy_allow_loopback", "gateway.trusted_proxy_device_auto_approve", "gateway.trusted_proxy_device_auto_approve_admin",
        "discovery.mdns_full_mode",
    ];

    public IEnumerable<FixChange> Plan(OpenClawInstall install, FixContext context)
    {
        var c = install.Config;
        if (c.GetArray("gateway.trustedProxies") is { } proxies)
        {
            var kept = proxies.Items.Where(i => i is not J5String s || !IpRange.TryParse(s.Value, out var r) || !(r.IsEverything || r.IsBroadPublic)).ToList();
            if (kept.Count != proxies.Count)
            {
                yield return new ConfigSet(ConfigPath.Parse("gateway.trustedProxies"), new J5Array(kept.Select(ConfigValue.Copy)))
                {
                    Reason = "entries covering the internet let any client forge X-Forwarded-For (and the user header in trusted-proxy mode); list only your proxies",
                };
            }
        }

        if (c.GetBool("gateway.allowRealIpFallback") == true)
        {
            yield return new ConfigSet(ConfigPath.Parse("gateway.allowRealIpFallback"), ConfigValue.Bool(false)) { Reason = "X-Real-IP without X-Forwarded-For is trivially forged" };
        }

        if (c.GetBool("gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback") == true)
        {
            yield return new ConfigSet(ConfigPath.Parse("gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback"), ConfigValue.Bool(false))
            {
                Reason = "the Host header is attacker-controlled; list real origins in gateway.controlUi.allowedOrigins",
            };
        }

        if (c.GetArray("gateway.controlUi.allowedOrigins") is { } origins && InboundExposure.Wildcard(origins) is not null)
        {
            var kept = origins.Items.Where(i => !(i is J5String s && s.Value.Trim() == "*")).Select(ConfigValue.Copy);
            yield return new ConfigSet(ConfigPath.Parse("gateway.controlUi.allowedOrigins"), new J5Array(kept))
            {
                Reason = "\"*\" lets any web page drive the Control UI with the operator's browser",
            };
        }

        if (c.GetBool("gateway.auth.trustedProxy.allowLoopback") == true)
        {
            yield return new ConfigSet(ConfigPath.Parse("gateway.auth.trustedProxy.allowLoopback"), ConfigValue.Bool(false))
            {
                Reason = "any local process could claim a proxy-authenticated user",
            };
        }

        if (c.GetBool("gateway.auth.trustedProxy.deviceAutoApprove.enabled") == true)
        {
            yield return new ConfigSet(ConfigPath.Parse("gateway.auth.trustedProxy.deviceAutoApprove.enabled"), ConfigValue.Bool(false))
            {
                Reason = "new operator devices should be approved by a person",
            };
        }

        if (c.GetString("discovery.mdns.mode") == "full")
        {
            yield return new ConfigSet(ConfigPath.Parse("discovery.mdns.mode"), ConfigValue.Str("minimal"))
            {
                Reason = "full mode advertises the SSH port and install paths to the local network",
            };
        }

        if (c.Get("gateway.controlUi.dangerouslyDisableDeviceAuth") is not null)
        {
            yield return new ConfigRemove(ConfigPath.Parse("gateway.controlUi.dangerouslyDisableDeviceAuth"))
            {
                Reason = "retired flag (ignored at runtime); remove it so nobody relies on it",
            };
        }
    }
}

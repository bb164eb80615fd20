using System.Net;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Posture;

/// <summary>
/// The browser-control plugin's settings as its security collector resolves them
/// (<c>extensions/browser/src/security-audit.ts</c>, <c>resolveBrowserConfig</c>): enabled unless
/// <c>browser.enabled: false</c>, <c>browser.cdpUrl</c> validated, profiles with their CDP endpoints.
/// </summary>
internal sealed record BrowserPosture
{
    public required bool Enabled { get; init; }

    /// <summary>Why <c>browser.cdpUrl</c> cannot be used (resolveBrowserConfig throws), or null.</summary>
    public string? ConfigError { get; init; }

    public J5Node? ConfigErrorNode { get; init; }

    /// <summary>Profiles with a CDP endpoint: name, URL and the node that set it.</summary>
    public IReadOnlyList<(string Name, Uri Url, J5Node Node)> RemoteProfiles { get; init; } = [];

    /// <summary><c>browser.ssrfPolicy</c> opts in to private-network targets.</summary>
    public bool PrivateNetworkOptIn { get; init; }

    private static readonly string[] PrivateNetworkKeys = ["allowPrivateNetwork", "dangerouslyAllowPrivateNetwork", "network.allowPrivateNetwork", "network.dangerouslyAllowPrivateNetwork"];

    public static BrowserPosture Of(OpenClawInstall install)
    {
        var c = install.Config;
        var enabled = c.GetBool("browser.enabled") ?? true;
        var cdpNode = c.Get("browser.cdpUrl");
        var raw = (cdpNode as J5String)?.Value.Trim() ?? "";
        Uri? cdp = null;
        if (raw.Length > 0 && (!TryCdpUrl(raw, out cdp, out var why)))
        {
            return new BrowserPosture { Enabled = enabled, ConfigError = $"browser.cdpUrl {why}", ConfigErrorNode = cdpNode };
        }

        var ssrf = c.Get("browser.ssrfPolicy");
        var optIn = ssrf is J5Bool { Value: true }
            || PrivateNetworkKeys.Any(k => ConfigView.Get(ssrf, k) is J5Bool { Value: true });

        var profiles = new List<(string, Uri, J5Node)>();
        var declared = c.GetObject("browser.profiles");
        foreach (var p in declared?.Members ?? [])
        {
            if (p.Value is not J5Object profile)
            {
                continue;
            }

            if (profile["cdpUrl"] is J5String { Value.Length: > 0 } url && Uri.TryCreate(url.Value.Trim(), UriKind.Absolute, out var u))
            {
                profiles.Add((p.Key, u, url));
            }
            else if (cdp is not null && profile["cdpPort"] is J5Number port && port.Value is > 0 and <= 65535)
            {
                var scheme = cdp.Scheme == "https" ? "https" : "http";
                profiles.Add((p.Key, new UriBuilder(scheme, cdp.Host, (int)port.Value).Uri, port));
            }
        }

        if (cdp is not null && declared?["openclaw"] is null)
        {
            profiles.Add(("openclaw", cdp, cdpNode!));
        }

        return new BrowserPosture
        {
            Enabled = enabled,
            PrivateNetworkOptIn = optIn,
            RemoteProfiles = [.. profiles.Where(p => !IsLoopbackHost(p.Item2.Host))],
        };
    }

    public static bool IsLoopbackHost(string host)
    {
        var h = host.Trim('[', ']').ToLowerInvariant();
        return h is "localhost" or "::1" || (IPAddress.TryParse(h, out var ip) && IPAddress.IsLoopback(ip));
    }

    /// <summary>A private/internal CDP host as the collector sees it: a private IP, or localhost / metadata.google.internal.</summary>
    public static bool IsPrivateHost(string host)
    {
        var h = host.Trim('[', ']').ToLowerInvariant();
        return h is "localhost" or "localhost.localdomain" or "metadata.google.internal"
            || (IpRange.TryParse(h, out var r) && r.IsPrivateOrLocal);
    }

    private static bool TryCdpUrl(string raw, out Uri? uri, out string why)
    {
        why = "";
        if (!Uri.TryCreate(raw, UriKind.Absolute, out uri))
        {
            why = "is not a valid URL";
            return false;
        }

        if (uri.Scheme is not ("http" or "https" or "ws" or "wss"))
        {
            why = $"must be http(s) or ws(s), got: {uri.Scheme}";
            return false;
        }

        if (uri.Port is <= 0 or > 65535)
        {
            why = "has an invalid port";
            return false;
        }

        return true;
    }
}

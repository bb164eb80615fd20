using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Chitin.Audit.Iocs;

namespace Chitin.Audit.Skills.Rules;

/// <summary>Grades the URLs and hosts found in a match (rules/skills/hosts.json).</summary>
public sealed partial class HostClassifier
{
    private static readonly string[] LocalSuffixes =
        ["localhost", ".local", ".internal", ".lan", ".home.arpa", ".example", ".invalid", ".test", ".localhost", "example.com", "example.org", "example.net"];

    private static readonly HashSet<string> BareTlds = new(StringComparer.OrdinalIgnoreCase)
    {
        "com", "net", "org", "io", "sh", "dev", "ai", "app", "co", "xyz", "me", "cc", "ru", "cn", "top", "site", "online", "pub", "buzz",
        "club", "info", "biz", "tk", "ly", "gg", "to", "link", "run", "cloud", "tech", "so", "page", "pw", "su", "st", "moe", "at", "de",
    };

    private readonly HostListFile _lists;
    private readonly Dictionary<string, HostClass> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<(string Prefix, HostClass Class)>> _prefixes = new(StringComparer.OrdinalIgnoreCase);

    public HostClassifier(HostListFile lists)
    {
        _lists = lists;
        Add(lists.Vendor, HostClass.Vendor);
        Add(lists.Collector, HostClass.Untrusted);
        Add(lists.Tunnel, HostClass.Untrusted);
        Add(lists.Paste, HostClass.Untrusted);
        Add(lists.FileShare, HostClass.Untrusted);
        Add(lists.Chat, HostClass.Chat);
    }

    private void Add(List<string> entries, HostClass c)
    {
        foreach (var e in entries)
        {
            var slash = e.IndexOf('/', StringComparison.Ordinal);
            if (slash < 0)
            {
                _hosts[e] = c;
                continue;
            }

            var host = e[..slash];
            if (!_prefixes.TryGetValue(host, out var list))
            {
                _prefixes[host] = list = [];
            }

            list.Add((e, c));
        }
    }

    public IReadOnlyList<string> PopularSkills => _lists.PopularSkills;

    public string Version => _lists.Version;

    /// <summary>The class of the first URL or host in <paramref name="text"/>, and that host.</summary>
    public (HostClass Class, string? Host) ClassifyFirst(string text)
    {
        var (host, url) = FirstHost(text);
        return host is null ? (HostClass.None, null) : (Classify(host, url), host);
    }

    public HostClass Classify(string host, string? url = null)
    {
        var normalizedUrl = url is null ? host : IocIndex.NormalizeUrl(url);
        host = host.Trim().TrimEnd('.').Trim('[', ']');
        if (IPAddress.TryParse(host, out var ip))
        {
            return IsLocal(ip) ? HostClass.Local : HostClass.Ip;
        }

        if (LocalSuffixes.Any(s => host.Equals(s.TrimStart('.'), StringComparison.OrdinalIgnoreCase) || host.EndsWith(s.StartsWith('.') ? s : "." + s, StringComparison.OrdinalIgnoreCase)))
        {
            return HostClass.Local;
        }

        if (_prefixes.TryGetValue(host, out var prefixes))
        {
            foreach (var (prefix, c) in prefixes)
            {
                if (normalizedUrl.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return c;
                }
            }
        }

        // The host or any parent domain: a.b.ngrok.io is ngrok.io.
        for (var at = 0; at >= 0 && at < host.Length; at = NextLabel(host, at))
        {
            if (_hosts.TryGetValue(host[at..], out var c))
            {
                return c;
            }
        }

        return HostClass.Other;
    }

    private static int NextLabel(string host, int at)
    {
        var dot = host.IndexOf('.', at);
        return dot < 0 ? -1 : dot + 1;
    }

    /// <summary>Loopback, RFC 1918, CGNAT, link-local, unspecified, documentation (RFC 5737/3849) and ULA addresses.</summary>
    public static bool IsLocal(IPAddress ip)
    {
        if (IPAddress.IsLoopback(ip) || ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any))
        {
            return true;
        }

        if (ip.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = ip.GetAddressBytes();
            return b[0] == 10 || b[0] == 0 || b[0] >= 224 || (b[0] == 172 && b[1] >= 16 && b[1] <= 31) || (b[0] == 192 && b[1] == 168) ||
                (b[0] == 169 && b[1] == 254) || (b[0] == 100 && b[1] >= 64 && b[1] <= 127) ||
                (b[0] == 192 && b[1] == 0 && b[2] == 2) || (b[0] == 198 && b[1] == 51 && b[2] == 100) || (b[0] == 203 && b[1] == 0 && b[2] == 113) ||
                (b[0] == 198 && (b[1] == 18 || b[1] == 19));
        }

        var v6 = ip.GetAddressBytes();
        return ip.IsIPv6LinkLocal || ip.IsIPv6SiteLocal || (v6[0] & 0xFE) == 0xFC || (v6[0] == 0x20 && v6[1] == 0x01 && v6[2] == 0x0D && v6[3] == 0xB8);
    }

    /// <summary>First URL host (scheme://host), else first IPv4 literal, else first <c>domain.tld/path</c> token.</summary>
    public static (string? Host, string? Url) FirstHost(string text)
    {
        var m = UrlRegex().Match(text);
        if (m.Success)
        {
            var authority = m.Groups["auth"].Value;
            var at = authority.LastIndexOf('@');
            if (at >= 0)
            {
                authority = authority[(at + 1)..];
            }

            return (StripPort(authority), m.Value);
        }

        var ip = Ipv4Regex().Match(text);
        if (ip.Success && IPAddress.TryParse(ip.Value, out _))
        {
            return (ip.Value, null);
        }

        foreach (Match d in BareHostRegex().Matches(text))
        {
            var host = d.Groups["host"].Value;
            var tld = host[(host.LastIndexOf('.') + 1)..];
            if (BareTlds.Contains(tld))
            {
                return (host, d.Value);
            }
        }

        return (null, null);
    }

    private static string StripPort(string authority)
    {
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']', StringComparison.Ordinal);
            return close > 0 ? authority[1..close] : authority;
        }

        var colon = authority.LastIndexOf(':');
        return colon > 0 ? authority[..colon] : authority;
    }

    [GeneratedRegex(@"\b(?:https?|ftps?|wss?)://(?<auth>[^/\s'""`)>\]\\|;,]+)[^\s'""`)>\]\\|;]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlRegex();

    [GeneratedRegex(@"\b(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Ipv4Regex();

    [GeneratedRegex(@"\b(?<host>(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?::\d{1,5})?/[^\s'""`)>\]|;]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareHostRegex();
}

using System.Buffers;
using System.Net;

namespace Chitin.Audit.Iocs;

/// <summary>
/// Lookup structures over one or more <see cref="IocSet"/>s, built once and shared by every scan thread
/// (read-only after construction). Hosts match exactly or as a parent domain; URLs match by prefix without
/// the scheme; payload prefixes by substring.
/// </summary>
public sealed class IocIndex
{
    private readonly Dictionary<string, IocHit> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<(string Url, IocHit Hit)>> _urlsByHost = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IocHit> _hashes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IocHit> _publishers = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IocHit> _slugs = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IocHit> _passwords = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, IocHit Hit)> _prefixes = [];
    private readonly SearchValues<string>? _prefixSearch;

    public IocIndex(IEnumerable<IocSet> sets)
    {
        Sets = [.. sets];
        foreach (var set in Sets)
        {
            foreach (var e in set.Entries)
            {
                var hit = new IocHit(e, set);
                switch (e.Type)
                {
                    case IocType.Domain:
                    case IocType.Ip:
                        AddStrongest(_hosts, e.Value.Trim().TrimEnd('.'), hit);
                        break;
                    case IocType.Url:
                        var url = NormalizeUrl(e.Value);
                        var host = HostOf(url);
                        if (!_urlsByHost.TryGetValue(host, out var list))
                        {
                            _urlsByHost[host] = list = [];
                        }

                        list.Add((url, hit));
                        break;
                    case IocType.Sha256:
                        AddStrongest(_hashes, e.Value.Trim(), hit);
                        break;
                    case IocType.Publisher:
                        AddStrongest(_publishers, e.Value.Trim().TrimStart('@'), hit);
                        break;
                    case IocType.Slug:
                        AddStrongest(_slugs, e.Value.Trim(), hit);
                        break;
                    case IocType.ArchivePassword:
                        AddStrongest(_passwords, e.Value, hit);
                        break;
                    case IocType.PayloadPrefix:
                        _prefixes.Add((e.Value, hit));
                        break;
                }
            }
        }

        if (_prefixes.Count > 0)
        {
            _prefixSearch = SearchValues.Create([.. _prefixes.Select(p => p.Prefix).Distinct(StringComparer.Ordinal)], StringComparison.Ordinal);
        }
    }

    public static IocIndex Empty { get; } = new([]);

    public IReadOnlyList<IocSet> Sets { get; }

    /// <summary>Labels of the sets, e.g. <c>iocs/builtin/clawhavoc@2026.11.1</c>.</summary>
    public IReadOnlyList<string> Labels => [.. Sets.Select(s => s.Label)];

    public IocHit? MatchHost(string host)
    {
        host = host.Trim().TrimEnd('.');
        if (host.Length == 0)
        {
            return null;
        }

        if (_hosts.TryGetValue(host, out var hit))
        {
            return hit;
        }

        if (IPAddress.TryParse(host, out _))
        {
            return null;
        }

        // Parent domains: a.b.evil.com matches evil.com.
        for (var dot = host.IndexOf('.', StringComparison.Ordinal); dot >= 0 && dot < host.Length - 1; dot = host.IndexOf('.', dot + 1))
        {
            if (_hosts.TryGetValue(host[(dot + 1)..], out hit))
            {
                return hit;
            }
        }

        return null;
    }

    /// <summary>A URL (with or without scheme) against URL entries, then its host against host entries.</summary>
    public IocHit? MatchUrl(string url)
    {
        var normalized = NormalizeUrl(url);
        var host = HostOf(normalized);
        if (_urlsByHost.TryGetValue(host, out var list))
        {
            IocHit? best = null;
            foreach (var (prefix, hit) in list)
            {
                if (normalized.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && (best is null || hit.Entry.Confidence > best.Entry.Confidence))
                {
                    best = hit;
                }
            }

            if (best is not null)
            {
                return best;
            }
        }

        var bare = host;
        var colon = bare.LastIndexOf(':');
        if (colon > 0 && !bare.Contains(']', StringComparison.Ordinal) && bare.Count(c => c == ':') == 1)
        {
            bare = bare[..colon];
        }

        return MatchHost(bare);
    }

    public IocHit? MatchSha256(string hex) => _hashes.GetValueOrDefault(hex);

    public IocHit? MatchPublisher(string publisher) => _publishers.GetValueOrDefault(publisher.Trim().TrimStart('@'));

    public IocHit? MatchSlug(string slug) => _slugs.GetValueOrDefault(slug.Trim());

    public IocHit? MatchPassword(string password) => _passwords.GetValueOrDefault(password);

    public bool HasPasswords => _passwords.Count > 0;

    /// <summary>Every payload-prefix occurrence in <paramref name="text"/>: (offset, hit).</summary>
    public IEnumerable<(int Offset, IocHit Hit)> FindPayloadPrefixes(string text)
    {
        if (_prefixSearch is null)
        {
            yield break;
        }

        var start = 0;
        while (start < text.Length)
        {
            var i = text.AsSpan(start).IndexOfAny(_prefixSearch);
            if (i < 0)
            {
                yield break;
            }

            var at = start + i;
            foreach (var (prefix, hit) in _prefixes)
            {
                if (text.AsSpan(at).StartsWith(prefix, StringComparison.Ordinal))
                {
                    yield return (at, hit);
                    break;
                }
            }

            start = at + 1;
        }
    }

    /// <summary>Lower-case scheme-less form: <c>HTTP://Evil.COM/x/</c> → <c>evil.com/x</c>.</summary>
    public static string NormalizeUrl(string url)
    {
        var u = url.Trim();
        var scheme = u.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0 && scheme < 12)
        {
            u = u[(scheme + 3)..];
        }

        var at = u.IndexOf('@', StringComparison.Ordinal);
        var slash = u.IndexOf('/', StringComparison.Ordinal);
        if (at >= 0 && (slash < 0 || at < slash))
        {
            u = u[(at + 1)..];
        }

        return u.TrimEnd('/');
    }

    private static string HostOf(string normalizedUrl)
    {
        var end = normalizedUrl.AsSpan().IndexOfAny('/', '?', '#');
        return (end < 0 ? normalizedUrl : normalizedUrl[..end]).ToLowerInvariant();
    }

    private static void AddStrongest(Dictionary<string, IocHit> map, string key, IocHit hit)
    {
        if (!map.TryGetValue(key, out var existing) || hit.Entry.Confidence > existing.Entry.Confidence)
        {
            map[key] = hit;
        }
    }
}

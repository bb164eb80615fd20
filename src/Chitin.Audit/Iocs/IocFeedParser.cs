using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Chitin.Audit.Iocs;

/// <summary>
/// Reads an IOC feed: a STIX 2.1 bundle (indicators with simple <c>[type:value = '…']</c> patterns joined by
/// OR) or a plain list (one indicator per line, <c>#</c> comments, optional <c>type:</c> prefix such as
/// <c>publisher:hightower6eu</c>). What it cannot read is listed, never guessed.
/// </summary>
public static partial class IocFeedParser
{
    public static (List<IocFileEntry> Entries, List<string> Skipped) Parse(string text, string sourceName, IocConfidence defaultConfidence)
    {
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return trimmed.StartsWith('{') ? ParseStix(trimmed, sourceName, defaultConfidence) : ParsePlain(text, sourceName, defaultConfidence);
    }

    private static (List<IocFileEntry>, List<string>) ParseStix(string json, string sourceName, IocConfidence defaultConfidence)
    {
        var entries = new List<IocFileEntry>();
        var skipped = new List<string>();
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64, AllowTrailingCommas = true });
        var root = doc.RootElement;
        if (!root.TryGetProperty("type", out var t) || t.GetString() != "bundle" || !root.TryGetProperty("objects", out var objects) || objects.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("not a STIX 2.1 bundle: expected {\"type\": \"bundle\", \"objects\": [...]}");
        }

        foreach (var o in objects.EnumerateArray())
        {
            if (o.ValueKind != JsonValueKind.Object || !o.TryGetProperty("type", out var ot) || ot.GetString() != "indicator")
            {
                continue;
            }

            var id = o.TryGetProperty("id", out var idEl) ? idEl.GetString() ?? "indicator" : "indicator";
            if (o.TryGetProperty("pattern_type", out var pt) && pt.GetString() is { } ptype && ptype != "stix")
            {
                skipped.Add($"{id}: pattern_type '{ptype}' is not supported (only stix)");
                continue;
            }

            if (!o.TryGetProperty("pattern", out var patEl) || patEl.GetString() is not { } pattern)
            {
                skipped.Add($"{id}: no pattern");
                continue;
            }

            if (Unsupported().IsMatch(Quoted().Replace(pattern, "''")))
            {
                skipped.Add($"{id}: pattern uses operators other than '=' and OR: {Short(pattern)}");
                continue;
            }

            var confidence = defaultConfidence;
            if (o.TryGetProperty("confidence", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var score))
            {
                confidence = score >= 70 ? IocConfidence.Confirmed : score >= 30 ? IocConfidence.Reported : IocConfidence.Unverified;
            }

            var note = o.TryGetProperty("name", out var n) ? n.GetString() : null;
            var any = false;
            foreach (Match m in Comparison().Matches(pattern))
            {
                var obj = m.Groups["obj"].Value.ToLowerInvariant();
                var value = m.Groups["val"].Value.Replace("\\'", "'", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
                IocType? type = obj switch
                {
                    "domain-name:value" => IocType.Domain,
                    "ipv4-addr:value" or "ipv6-addr:value" => IocType.Ip,
                    "url:value" => IocType.Url,
                    _ when obj.StartsWith("file:hashes.", StringComparison.Ordinal) && obj.Replace("-", "", StringComparison.Ordinal).Contains("sha256", StringComparison.Ordinal) => IocType.Sha256,
                    _ => null,
                };
                if (type is null)
                {
                    skipped.Add($"{id}: object path '{m.Groups["obj"].Value}' is not supported");
                    continue;
                }

                if (type == IocType.Ip && value.Contains('/', StringComparison.Ordinal))
                {
                    skipped.Add($"{id}: CIDR ranges are not supported ({value})");
                    continue;
                }

                entries.Add(new IocFileEntry { Type = type.Value.Wire(), Value = value, Confidence = confidence.Wire(), Source = $"{sourceName} ({id})", Note = note });
                any = true;
            }

            if (!any && !skipped.Any(s => s.StartsWith(id, StringComparison.Ordinal)))
            {
                skipped.Add($"{id}: no supported comparison in {Short(pattern)}");
            }
        }

        return (entries, skipped);
    }

    private static (List<IocFileEntry>, List<string>) ParsePlain(string text, string sourceName, IocConfidence confidence)
    {
        var entries = new List<IocFileEntry>();
        var skipped = new List<string>();
        var lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw.Trim().TrimStart('\uFEFF');
            var hash = line.IndexOf(" #", StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash].TrimEnd();
            }

            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && IocNames.TryParseType(line[..colon], out var explicitType) && !line[(colon + 1)..].StartsWith("//", StringComparison.Ordinal))
            {
                var value = line[(colon + 1)..].Trim();
                if (value.Length > 0)
                {
                    entries.Add(new IocFileEntry { Type = explicitType.Wire(), Value = value, Confidence = confidence.Wire(), Source = $"{sourceName}:{lineNo}" });
                    continue;
                }
            }

            if (Classify(line) is { } type)
            {
                entries.Add(new IocFileEntry { Type = type.Wire(), Value = line, Confidence = confidence.Wire(), Source = $"{sourceName}:{lineNo}" });
            }
            else
            {
                skipped.Add($"line {lineNo}: cannot tell what '{Short(line)}' is; prefix it with a type (domain:, ip:, url:, sha256:, publisher:, slug:, payload-prefix:, archive-password:)");
            }
        }

        return (entries, skipped);
    }

    /// <summary>IP, SHA-256, URL or domain by shape; null when it is none of them.</summary>
    public static IocType? Classify(string value)
    {
        if (value.Length == 64 && value.All(char.IsAsciiHexDigit))
        {
            return IocType.Sha256;
        }

        if (IPAddress.TryParse(value, out _) && (value.Contains(':', StringComparison.Ordinal) || value.Count(c => c == '.') == 3))
        {
            return IocType.Ip;
        }

        if (value.Contains("://", StringComparison.Ordinal) || (value.Contains('/', StringComparison.Ordinal) && DomainShape().IsMatch(value.Split('/')[0])))
        {
            return IocType.Url;
        }

        return DomainShape().IsMatch(value) ? IocType.Domain : null;
    }

    private static string Short(string s) => s.Length <= 80 ? s : s[..77] + "...";

    [GeneratedRegex(@"(?<obj>[a-z0-9-]+:(?:value|hashes\.(?:'[^']+'|""[^""]+""|[A-Za-z0-9-]+)))\s*=\s*'(?<val>(?:[^'\\]|\\.)*)'", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Comparison();

    [GeneratedRegex(@"\b(AND|MATCHES|LIKE|IN|FOLLOWEDBY|ISSUBSET|ISSUPERSET|NOT|WITHIN|REPEATS|START|STOP)\b|!=|<|>", RegexOptions.CultureInvariant)]
    private static partial Regex Unsupported();

    [GeneratedRegex(@"'(?:[^'\\]|\\.)*'", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DomainShape();
}

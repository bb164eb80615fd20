using System.Text.RegularExpressions;
using Chitin.Audit.Findings;
using Chitin.Audit.Iocs;
using Chitin.Audit.Skills.Rules;
using Chitin.Audit.Skills.Text;

namespace Chitin.Audit.Skills.Scanning;

/// <summary>
/// Runs the regex rules, the URL/IOC pass and the decoding layers over one normalized text. Decoded text is
/// normalized and scanned again (two layers deep, within a character budget).
/// </summary>
internal sealed partial class TextScanner(SkillRuleCatalog catalog, IocIndex iocs, SkillScanState state)
{
    private const int MaxLayerDepth = 2;

    public int DecodeBudget { get; set; }

    public void Scan(string file, NormalizedText text, FileClass cls, TextLocator where, string? layer, int depth)
    {
        RunRules(file, text, cls, where, layer);
        UrlPass(file, text, where, layer);
        PrefixPass(file, text, where, layer);
        if (depth < MaxLayerDepth && DecodeBudget > 0)
        {
            Layers(file, text, where, layer, depth);
        }
    }

    private void RunRules(string file, NormalizedText text, FileClass cls, TextLocator where, string? layer)
    {
        var span = text.Text.AsSpan();
        foreach (var rule in catalog.RegexRules)
        {
            if (!rule.Reads(cls) || !rule.MayMatch(span) || state.Full(rule.Id, file))
            {
                continue;
            }

            try
            {
                foreach (var pattern in rule.Patterns)
                {
                    foreach (var m in pattern.EnumerateMatches(span))
                    {
                        if (state.Full(rule.Id, file))
                        {
                            break;
                        }

                        var matched = text.Text.Substring(m.Index, Math.Min(m.Length, 800));
                        if (rule.Unless?.IsMatch(matched) == true)
                        {
                            continue;
                        }

                        var severity = rule.Severity;
                        string? hostNote = null;
                        if (rule.HostSeverity is { } map)
                        {
                            var (hostClass, host) = catalog.Hosts.ClassifyFirst(matched);
                            if (map.TryGetValue(hostClass, out var s))
                            {
                                severity = s;
                            }

                            hostNote = host is null ? null : $"host {host}: {HostLabel(hostClass)}";
                        }

                        Report(rule, severity, file, text, where, m.Index, m.Length, layer, hostNote);
                        if (rule.Family == SkillFamily.PasswordArchive && iocs.HasPasswords)
                        {
                            PasswordIoc(file, text, where, m.Index, matched, layer);
                        }
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                state.Notes.Add($"{file}: rule {rule.Id} timed out; that rule's result for this file is unknown");
            }
        }
    }

    /// <summary>Adds a finding for [offset, offset+length) of <paramref name="text"/>, graded by where it stands.</summary>
    public void Report(SkillRule rule, Severity severity, string file, NormalizedText text, TextLocator where, int offset, int length, string? layer, string? note = null)
    {
        var (lineIndex, column) = where.Locate(offset);
        string? context = null;
        var original = severity;
        if (rule.Demotable)
        {
            (severity, context) = ContextGrader.Grade(severity, file, where.Outer, lineIndex, column);
        }

        string excerpt;
        if (where.FixedLineIndex is null)
        {
            var li = text.LineIndexAt(offset);
            excerpt = Excerpt.Of(text.LineText(li), offset - text.LineStarts[li], length);
        }
        else
        {
            var from = Math.Max(0, offset - 40);
            excerpt = "decoded: " + Excerpt.Clean(text.Text.Substring(from, Math.Min(text.Text.Length - from, Excerpt.MaxLength)).Trim());
        }

        state.Add(new SkillFinding
        {
            RuleId = rule.Id,
            Family = rule.Family,
            Severity = severity,
            Title = rule.Title,
            Why = rule.Why,
            File = file,
            Line = where.Outer.RawLines[lineIndex],
            Excerpt = excerpt,
            Layer = layer,
            Context = note is null ? context : context is null ? note : note + "; " + context,
            RuleSeverity = severity == original ? null : original,
        });
    }

    /// <summary>Every URL, IP and host: IOC lookups, then host classes (collectors, tunnels, paste sites, chat webhooks, raw IPs).</summary>
    private void UrlPass(string file, NormalizedText text, TextLocator where, string? layer)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in HostToken().Matches(text.Text))
        {
            var token = m.Value.TrimEnd('.', ',', ':', ')', ']', '\'', '"');
            if (!seen.Add(token) || seen.Count > 500)
            {
                continue;
            }

            var isUrl = token.Contains("://", StringComparison.Ordinal);
            var (host, url) = isUrl ? HostClassifier.FirstHost(token) : (HostOnly(token), token.Contains('/', StringComparison.Ordinal) ? token : null);
            if (host is null)
            {
                continue;
            }

            if ((url is null ? iocs.MatchHost(host) : iocs.MatchUrl(url)) is { } hit)
            {
                Report(catalog.Rule("SKL-IOC-001"), IocSeverity(hit.Entry.Confidence), file, text, where, m.Index, m.Length, layer, IocNote(hit));
            }

            var hostClass = catalog.Hosts.Classify(host, url);
            var ruleId = hostClass switch
            {
                HostClass.Untrusted => "SKL-EXF-001",
                HostClass.Chat => "SKL-EXF-002",
                HostClass.Ip when isUrl || token.Contains(':', StringComparison.Ordinal) || token.Contains('/', StringComparison.Ordinal) => "SKL-EXF-003",
                _ => null,
            };
            if (ruleId is not null && !state.Full(ruleId, file))
            {
                var rule = catalog.Rule(ruleId);
                Report(rule, rule.Severity, file, text, where, m.Index, m.Length, layer, $"host {host}: {HostLabel(hostClass)}");
            }
        }
    }

    private void PasswordIoc(string file, NormalizedText text, TextLocator where, int offset, string matched, string? layer)
    {
        foreach (Match pm in PasswordToken().Matches(matched))
        {
            if (iocs.MatchPassword(pm.Groups[1].Value) is { } hit)
            {
                Report(catalog.Rule("SKL-IOC-006"), IocSeverity(hit.Entry.Confidence), file, text, where, offset + pm.Index, pm.Length, layer, IocNote(hit));
            }
        }
    }

    private void PrefixPass(string file, NormalizedText text, TextLocator where, string? layer)
    {
        foreach (var (offset, hit) in iocs.FindPayloadPrefixes(text.Text))
        {
            Report(catalog.Rule("SKL-IOC-002"), IocSeverity(hit.Entry.Confidence), file, text, where, offset, hit.Entry.Value.Length, layer, IocNote(hit));
            break;
        }
    }

    private void Layers(string file, NormalizedText text, TextLocator where, string? layer, int depth)
    {
        foreach (var decoded in LayerDecoder.Find(text.Text, DecodeBudget))
        {
            DecodeBudget -= decoded.Text.Length;
            var inner = MarkdownNormalizer.Normalize(decoded.Text, markdown: false);
            var (lineIndex, column) = where.Locate(decoded.Offset);
            var innerWhere = new TextLocator(where.Outer, lineIndex, column);
            var label = layer is null ? decoded.Kind : layer + " > " + decoded.Kind;
            var before = state.Findings.Count;
            Scan(file, inner, FileClass.Code, innerWhere, label, depth + 1);
            var hidden = state.Findings.Skip(before).Where(f => f.Severity >= Severity.Medium && f.Family != SkillFamily.EncodedExec).Select(f => f.Family).Distinct(StringComparer.Ordinal).ToList();
            if (hidden.Count > 0)
            {
                var rule = catalog.Rule("SKL-ENC-900");
                Report(rule, rule.Severity, file, inner, innerWhere, 0, Math.Min(inner.Text.Length, 120), label, "hides " + string.Join(", ", hidden));
            }
        }
    }

    public static Severity IocSeverity(IocConfidence c) => c switch
    {
        IocConfidence.Confirmed => Severity.Critical,
        IocConfidence.Reported => Severity.High,
        _ => Severity.Medium,
    };

    public static string IocNote(IocHit hit) =>
        $"IOC {hit.Entry.Type.Wire()} {hit.Entry.Value} ({hit.Entry.Confidence.Wire()}; {hit.Set.Label}; source: {hit.Entry.Source})";

    private static string HostLabel(HostClass c) => c switch
    {
        HostClass.Vendor => "known vendor installer host",
        HostClass.Local => "local or example address",
        HostClass.Ip => "public IP address",
        HostClass.Untrusted => "request collector, tunnel, paste site or anonymous file share",
        HostClass.Chat => "chat webhook",
        HostClass.None => "no host",
        _ => "unverified host",
    };

    private static string HostOnly(string token)
    {
        var end = token.AsSpan().IndexOfAny('/', ':');
        return end < 0 ? token : token[..end];
    }

    [GeneratedRegex(@"(?:pass(?:word|phrase|wd)?|pwd|-P|-p)\s*(?:is|:|=)?\s*[""'`]?([\w!@#$%^&*.-]{3,24})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PasswordToken();

    /// <summary>URLs, IPv4 literals (with optional port/path) and domain-looking tokens.</summary>
    [GeneratedRegex(@"\b(?:[a-z][a-z0-9+.-]{1,9}://[^\s'""`<>()\[\]{}|\\^]+|(?:\d{1,3}\.){3}\d{1,3}(?::\d{1,5})?(?:/[^\s'""`<>()|]*)?|(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}(?::\d{1,5})?(?:/[^\s'""`<>()|]*)?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HostToken();
}

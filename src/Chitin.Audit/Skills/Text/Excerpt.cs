using System.Text;
using System.Text.RegularExpressions;
using Chitin.Audit.Findings;

namespace Chitin.Audit.Skills.Text;

/// <summary>
/// Short, safe renderings of matched text: credentials shown by length only (<see cref="Redaction.Secret"/>),
/// long encoded blobs shortened, control and invisible characters escaped, at most ~160 characters.
/// </summary>
public static partial class Excerpt
{
    public const int MaxLength = 160;

    /// <summary>An excerpt of <paramref name="line"/> centred on [start, start+length).</summary>
    public static string Of(ReadOnlySpan<char> line, int start, int length)
    {
        start = Math.Clamp(start, 0, line.Length);
        length = Math.Clamp(length, 0, line.Length - start);
        int from = 0, to = line.Length;
        if (line.Length > MaxLength)
        {
            from = Math.Max(0, Math.Min(start - 40, line.Length - MaxLength));
            to = Math.Min(line.Length, from + MaxLength);
        }

        var text = Clean(line[from..to].ToString().Trim());
        return (from > 0 ? "…" : "") + text + (to < line.Length ? "…" : "");
    }

    /// <summary>Redacts and escapes a whole short text (trimmed to <see cref="MaxLength"/>).</summary>
    public static string Clean(string text)
    {
        text = Secret().Replace(text, m => Redaction.Secret(m.Value));
        text = LongBlob().Replace(text, m => m.Value[..12] + $"…[{m.Length} chars]");
        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var v = rune.Value;
            if (v < 0x20 && v != '\t')
            {
                sb.Append(' ');
            }
            else if (CharClass.IsInvisible(v) || CharClass.IsBidiControl(v) || CharClass.IsTag(v) || (v >= 0xE0100 && v <= 0xE01EF) || v is 0x7F or 0x2028 or 0x2029)
            {
                sb.Append(v > 0xFFFF ? $"\\u{{{v:X}}}" : $"\\u{v:X4}");
            }
            else
            {
                sb.Append(rune.ToString());
            }
        }

        var s = sb.ToString();
        return s.Length <= MaxLength + 40 ? s : s[..(MaxLength + 40)] + "…";
    }

    /// <summary>Provider credentials and private keys (OpenClaw's literal-secret shapes plus common others).</summary>
    [GeneratedRegex(@"\b(?:sk-(?:proj-|svcacct-|ant-(?:api\d\d-)?)?[A-Za-z0-9_-]{20,}|gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|xox[baprs]-[A-Za-z0-9-]{10,}|AIza[0-9A-Za-z_-]{35}|AKIA[0-9A-Z]{16}|glpat-[A-Za-z0-9_-]{20,}|npm_[A-Za-z0-9]{36}|\d{8,10}:AA[A-Za-z0-9_-]{30,})|-----BEGIN [A-Z ]*PRIVATE KEY-----[^-]*", RegexOptions.CultureInvariant)]
    internal static partial Regex Secret();

    [GeneratedRegex("[A-Za-z0-9+/=_-]{48,}", RegexOptions.CultureInvariant)]
    private static partial Regex LongBlob();
}

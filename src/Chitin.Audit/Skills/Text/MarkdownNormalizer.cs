using System.Buffers;
using System.Net;
using System.Text;

namespace Chitin.Audit.Skills.Text;

/// <summary>
/// One pass over a file's text that produces <see cref="NormalizedText"/>: what a person reading the rendered
/// Markdown sees, so <c>🔐 **Archive password**: `poly`</c> reads as <c>Archive password: poly</c>.
/// Code files keep their punctuation; only invisible characters are dropped and continuations joined.
/// </summary>
public static class MarkdownNormalizer
{
    private static readonly SearchValues<char> MarkdownSpecials = SearchValues.Create("*_`~&]");

    public static NormalizedText Normalize(string raw, bool markdown)
    {
        var sb = new StringBuilder(raw.Length + 16);
        var starts = new List<int>(64);
        var rawLines = new List<int>(64);
        var fence = new List<bool>(64);
        var table = new List<bool>(64);
        var heading = new List<string>(64);
        var inFence = false;
        var currentHeading = "";
        var rawLine = 0;
        int blankRun = 0, maxBlank = 0, maxBlankEnd = 0, maxSpace = 0, maxSpaceLine = 0;
        var continuing = false;
        var pos = 0;
        while (true)
        {
            var nl = raw.IndexOf('\n', pos);
            var end = nl < 0 ? raw.Length : nl;
            var line = raw.AsSpan(pos, end - pos);
            if (line.Length > 0 && line[^1] == '\r')
            {
                line = line[..^1];
            }

            rawLine++;
            var trimmed = line.TrimStart(" \t");
            if (trimmed.IsWhiteSpace())
            {
                if (++blankRun > maxBlank)
                {
                    maxBlank = blankRun;
                    maxBlankEnd = rawLine + 1;
                }
            }
            else
            {
                blankRun = 0;
            }

            if (line.Length > maxSpace)
            {
                var run = LongestSpaceRun(line);
                if (run > maxSpace)
                {
                    maxSpace = run;
                    maxSpaceLine = rawLine;
                }
            }

            var isFenceLine = markdown && (trimmed.StartsWith("```") || trimmed.StartsWith("~~~"));
            if (!continuing)
            {
                starts.Add(sb.Length);
                rawLines.Add(rawLine);
                fence.Add(inFence || isFenceLine);
                table.Add(markdown && !inFence && trimmed.StartsWith('|'));
                if (markdown && !inFence && trimmed.StartsWith('#'))
                {
                    currentHeading = trimmed.TrimStart('#').Trim().ToString().ToLowerInvariant();
                }

                heading.Add(currentHeading);
            }

            if (isFenceLine)
            {
                inFence = !inFence;
                continuing = false;
            }
            else
            {
                AppendNormalized(sb, line, markdown, inFence);
                continuing = EndsWithContinuation(sb);
                if (continuing)
                {
                    sb.Length--;
                    sb.Append(' ');
                }
            }

            if (nl < 0)
            {
                break;
            }

            if (!continuing)
            {
                sb.Append('\n');
            }

            pos = nl + 1;
        }

        return new NormalizedText
        {
            Text = sb.ToString(),
            LineStarts = [.. starts],
            RawLines = [.. rawLines],
            InFence = [.. fence],
            TableRow = [.. table],
            Heading = [.. heading],
            MaxBlankRun = maxBlank,
            MaxBlankRunEndLine = maxBlankEnd,
            MaxSpaceRun = maxSpace,
            MaxSpaceRunLine = maxSpaceLine,
        };
    }

    private static void AppendNormalized(StringBuilder sb, ReadOnlySpan<char> line, bool markdown, bool inFence)
    {
        var plainAscii = !line.ContainsAnyExceptInRange((char)0, (char)0x7E);
        if (plainAscii && (!markdown || !line.ContainsAny(MarkdownSpecials)))
        {
            sb.Append(line);
            return;
        }

        var prose = markdown && !inFence;
        string? decoded = null;
        if (prose && line.Contains('&') && line.Contains(';'))
        {
            decoded = WebUtility.HtmlDecode(line.ToString());
            line = decoded;
        }

        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
            {
                cp = char.ConvertToUtf32(c, line[i + 1]);
                i++;
            }

            if (cp >= 0x80)
            {
                if (CharClass.IsInvisible(cp) || CharClass.IsBidiControl(cp) || CharClass.IsTag(cp) || CharClass.IsVariationSelector(cp))
                {
                    continue;
                }

                if (cp is 0xA0 or >= 0x2000 and <= 0x200A or 0x202F or 0x205F or 0x3000)
                {
                    sb.Append(' ');
                }
                else if (cp is >= 0xFF01 and <= 0xFF5E)
                {
                    sb.Append((char)(cp - 0xFEE0));
                }
                else if (markdown && CharClass.IsEmoji(cp))
                {
                    sb.Append(' ');
                }
                else if (cp > 0xFFFF)
                {
                    sb.Append(char.ConvertFromUtf32(cp));
                }
                else
                {
                    sb.Append((char)cp);
                }

                continue;
            }

            if (prose)
            {
                var prev = i > 0 ? line[i - 1] : ' ';
                var next = i + 1 < line.Length ? line[i + 1] : ' ';
                switch (c)
                {
                    case '`':
                        continue;
                    case '*' when char.IsAsciiLetterOrDigit(prev) || char.IsAsciiLetterOrDigit(next) || prev == '*' || next == '*' || next == ':':
                        continue;
                    case '_' when next == '_' || prev == '_':
                        continue;
                    case '_' when char.IsAsciiLetterOrDigit(prev) != char.IsAsciiLetterOrDigit(next):
                        continue;
                    case '~' when next == '~' || prev == '~':
                        continue;
                    case ']' when next == '(':
                        sb.Append(' ');
                        continue;
                }
            }

            sb.Append(c);
        }
    }

    private static bool EndsWithContinuation(StringBuilder sb)
    {
        var i = sb.Length - 1;
        while (i >= 0 && sb[i] is ' ' or '\t')
        {
            i--;
        }

        if (i < 0 || sb[i] != '\\' || (i > 0 && sb[i - 1] == '\\'))
        {
            return false;
        }

        sb.Length = i + 1;
        return true;
    }

    private static int LongestSpaceRun(ReadOnlySpan<char> line)
    {
        int best = 0, run = 0;
        foreach (var c in line)
        {
            run = c is ' ' or '\t' ? run + 1 : 0;
            best = Math.Max(best, run);
        }

        return best;
    }
}

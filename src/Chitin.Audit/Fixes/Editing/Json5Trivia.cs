namespace Chitin.Audit.Fixes.Editing;

/// <summary>Scanning over whitespace and comments between tokens of JSON5 source text.</summary>
internal static class Json5Trivia
{
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    /// <summary>Skips whitespace, line breaks and comments; returns the position of the next token (or the end).</summary>
    public static int SkipTrivia(string text, int pos)
    {
        while (pos < text.Length)
        {
            var c = text[pos];
            if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                pos++;
            }
            else if (c == '/' && pos + 1 < text.Length && text[pos + 1] == '/')
            {
                pos += 2;
                while (pos < text.Length && !IsLineBreak(text[pos]))
                {
                    pos++;
                }
            }
            else if (c == '/' && pos + 1 < text.Length && text[pos + 1] == '*')
            {
                var end = text.IndexOf("*/", pos + 2, StringComparison.Ordinal);
                pos = end < 0 ? text.Length : end + 2;
            }
            else
            {
                break;
            }
        }

        return pos;
    }

    /// <summary>
    /// Skips spaces, tabs and comments that stay on the current line (a trailing <c>// note</c> belongs to the
    /// member before it); stops at a line break, a token, or a block comment that spans lines.
    /// </summary>
    public static int SkipSameLine(string text, int pos)
    {
        while (pos < text.Length)
        {
            var c = text[pos];
            if (c is ' ' or '\t' || (!IsLineBreak(c) && char.IsWhiteSpace(c)))
            {
                pos++;
            }
            else if (c == '/' && pos + 1 < text.Length && text[pos + 1] == '/')
            {
                pos += 2;
                while (pos < text.Length && !IsLineBreak(text[pos]))
                {
                    pos++;
                }
            }
            else if (c == '/' && pos + 1 < text.Length && text[pos + 1] == '*')
            {
                var end = text.IndexOf("*/", pos + 2, StringComparison.Ordinal);
                if (end < 0 || ContainsLineBreak(text, pos, end))
                {
                    break;
                }

                pos = end + 2;
            }
            else
            {
                break;
            }
        }

        return pos;
    }

    /// <summary>Length of the line break at <paramref name="pos"/> (2 for CRLF, 1 for the others, 0 when none).</summary>
    public static int LineBreakLength(string text, int pos) =>
        pos >= text.Length ? 0 : text[pos] == '\r' && pos + 1 < text.Length && text[pos + 1] == '\n' ? 2 : IsLineBreak(text[pos]) ? 1 : 0;

    public static bool ContainsLineBreak(string text, int start, int end)
    {
        for (var i = start; i < end && i < text.Length; i++)
        {
            if (IsLineBreak(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Start offset of the line holding <paramref name="pos"/>.</summary>
    public static int LineStart(string text, int pos)
    {
        var i = Math.Min(pos, text.Length);
        while (i > 0 && !IsLineBreak(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    /// <summary>The leading spaces and tabs of the line holding <paramref name="pos"/>.</summary>
    public static string IndentOf(string text, int pos)
    {
        var start = LineStart(text, pos);
        var end = start;
        while (end < text.Length && text[end] is ' ' or '\t')
        {
            end++;
        }

        return text[start..end];
    }

    /// <summary>Only spaces or tabs sit between the start of its line and <paramref name="pos"/>.</summary>
    public static bool FirstOnLine(string text, int pos)
    {
        for (var i = LineStart(text, pos); i < pos; i++)
        {
            if (text[i] is not (' ' or '\t' or '\uFEFF'))
            {
                return false;
            }
        }

        return true;
    }
}

namespace Chitin.Audit.Json5;

/// <summary>Line and column arithmetic. JSON5 line terminators: LF, CR, CRLF, U+2028, U+2029.</summary>
internal static class Json5Lines
{
    public static bool IsLineTerminator(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    /// <summary>1-based line and column (in UTF-16 code units) of a character offset.</summary>
    public static (int Line, int Column) Position(string text, int offset) =>
        Position(text.AsSpan(0, Math.Clamp(offset, 0, text.Length)));

    /// <summary>1-based line and column of the position just past the end of <paramref name="prefix"/>.</summary>
    public static (int Line, int Column) Position(ReadOnlySpan<char> prefix)
    {
        var line = 1;

        // A leading byte order mark is not a column (editors do not show it); the parser agrees.
        var lineStart = prefix.Length > 0 && prefix[0] == '\uFEFF' ? 1 : 0;
        for (var i = lineStart; i < prefix.Length; i++)
        {
            var c = prefix[i];
            if (c == '\r' && i + 1 < prefix.Length && prefix[i + 1] == '\n')
            {
                continue;
            }

            if (IsLineTerminator(c))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, prefix.Length - lineStart + 1);
    }
}

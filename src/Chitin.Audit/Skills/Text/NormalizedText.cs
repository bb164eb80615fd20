namespace Chitin.Audit.Skills.Text;

/// <summary>
/// Text as the rules see it: Markdown emphasis, code fences, emoji, HTML entities, invisible characters and
/// shell line continuations removed, with a map back to the original line numbers and per-line context.
/// </summary>
public sealed class NormalizedText
{
    public required string Text { get; init; }

    /// <summary>Offset in <see cref="Text"/> where each normalized line starts.</summary>
    public required int[] LineStarts { get; init; }

    /// <summary>1-based line in the original file for each normalized line.</summary>
    public required int[] RawLines { get; init; }

    /// <summary>Per normalized line: inside a fenced code block.</summary>
    public required bool[] InFence { get; init; }

    /// <summary>Per normalized line: a Markdown table row.</summary>
    public required bool[] TableRow { get; init; }

    /// <summary>Per normalized line: the nearest heading above it (empty when none).</summary>
    public required string[] Heading { get; init; }

    /// <summary>Longest run of blank lines in the original file.</summary>
    public int MaxBlankRun { get; init; }

    /// <summary>Line (original, 1-based) after which the longest blank run ends.</summary>
    public int MaxBlankRunEndLine { get; init; }

    /// <summary>Longest run of spaces or tabs within one line.</summary>
    public int MaxSpaceRun { get; init; }

    public int MaxSpaceRunLine { get; init; }

    /// <summary>Normalized line index (0-based) containing <paramref name="offset"/>.</summary>
    public int LineIndexAt(int offset)
    {
        var i = Array.BinarySearch(LineStarts, offset);
        return i >= 0 ? i : Math.Max(0, ~i - 1);
    }

    /// <summary>The normalized line at <paramref name="index"/>, without its newline.</summary>
    public ReadOnlySpan<char> LineText(int index)
    {
        var start = LineStarts[index];
        var end = index + 1 < LineStarts.Length ? LineStarts[index + 1] - 1 : Text.Length;
        return Text.AsSpan(start, Math.Max(0, end - start));
    }
}

using Chitin.Audit.Skills.Text;

namespace Chitin.Audit.Skills.Scanning;

/// <summary>
/// Maps a match offset to a place a person can find: for the file's own text, its line; for decoded text,
/// the line of the blob it was decoded from (so context and line numbers refer to the file on disk).
/// </summary>
internal readonly record struct TextLocator(NormalizedText Outer, int? FixedLineIndex, int FixedColumn)
{
    public (int LineIndex, int Column) Locate(int offset)
    {
        if (FixedLineIndex is { } fixedLine)
        {
            return (fixedLine, FixedColumn);
        }

        var li = Outer.LineIndexAt(offset);
        return (li, offset - Outer.LineStarts[li]);
    }
}

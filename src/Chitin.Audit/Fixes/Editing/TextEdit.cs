namespace Chitin.Audit.Fixes.Editing;

/// <summary>Replace <c>[Start, End)</c> of one file's text (an insert when they are equal). <see cref="Order"/> keeps inserts at one offset in planning order.</summary>
internal sealed record TextEdit(int Start, int End, string Text, int Order)
{
    /// <summary>Applies edits from the end of the text backwards so earlier offsets stay valid; overlapping edits are a bug and throw.</summary>
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var sorted = edits.OrderByDescending(e => e.Start).ThenByDescending(e => e.End).ThenByDescending(e => e.Order).ToList();
        var result = text;
        var limit = text.Length;
        foreach (var e in sorted)
        {
            if (e.Start < 0 || e.End < e.Start || e.End > limit)
            {
                throw new InvalidOperationException($"overlapping or out-of-range edit [{e.Start},{e.End}) (limit {limit})");
            }

            result = string.Concat(result.AsSpan(0, e.Start), e.Text, result.AsSpan(e.End));
            limit = e.Start;
        }

        return result;
    }
}

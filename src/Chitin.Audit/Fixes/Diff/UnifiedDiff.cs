using System.Globalization;
using System.Text;

namespace Chitin.Audit.Fixes.Diff;

/// <summary>A unified diff (<c>--- a/… +++ b/… @@ -l,n +l,n @@</c>) with three lines of context.</summary>
internal static class UnifiedDiff
{
    public static string Render(string label, string? oldText, string newText, int context = 3)
    {
        var a = Lines(oldText);
        var b = Lines(newText);
        var script = LineDiff.Compute(a, b);
        var sb = new StringBuilder();
        sb.Append("--- ").Append(oldText is null ? "/dev/null" : "a/" + label).Append('\n');
        sb.Append("+++ b/").Append(label).Append('\n');
        var changes = new List<int>();
        for (var i = 0; i < script.Count; i++)
        {
            if (script[i].Op != ' ')
            {
                changes.Add(i);
            }
        }

        var h = 0;
        while (h < changes.Count)
        {
            var start = Math.Max(0, changes[h] - context);
            var end = Math.Min(script.Count, changes[h] + context + 1);
            var next = h + 1;
            while (next < changes.Count && changes[next] - context <= end)
            {
                end = Math.Min(script.Count, changes[next] + context + 1);
                next++;
            }

            var oldStart = 0;
            var newStart = 0;
            int oldCount = 0, newCount = 0;
            for (var i = start; i < end; i++)
            {
                var l = script[i];
                if (l.Op != '+')
                {
                    if (oldCount == 0)
                    {
                        oldStart = l.OldIndex + 1;
                    }

                    oldCount++;
                }

                if (l.Op != '-')
                {
                    if (newCount == 0)
                    {
                        newStart = l.NewIndex + 1;
                    }

                    newCount++;
                }
            }

            if (oldCount == 0)
            {
                oldStart = OldBefore(script, start);
            }

            if (newCount == 0)
            {
                newStart = NewBefore(script, start);
            }

            sb.Append(CultureInfo.InvariantCulture, $"@@ -{Range(oldStart, oldCount)} +{Range(newStart, newCount)} @@\n");
            for (var i = start; i < end; i++)
            {
                sb.Append(script[i].Op).Append(script[i].Text).Append('\n');
            }

            h = next;
        }

        return sb.ToString();
    }

    /// <summary>Lines without their terminators; a final line break does not start an extra empty line.</summary>
    public static IReadOnlyList<string> Lines(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }

    private static string Range(int start, int count) =>
        count == 1 ? start.ToString(CultureInfo.InvariantCulture) : $"{start.ToString(CultureInfo.InvariantCulture)},{count.ToString(CultureInfo.InvariantCulture)}";

    private static int OldBefore(IReadOnlyList<LineDiff.Line> script, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (script[i].OldIndex >= 0)
            {
                return script[i].OldIndex + 1;
            }
        }

        return 0;
    }

    private static int NewBefore(IReadOnlyList<LineDiff.Line> script, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (script[i].NewIndex >= 0)
            {
                return script[i].NewIndex + 1;
            }
        }

        return 0;
    }
}

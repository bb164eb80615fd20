namespace Chitin.Audit.Fixes.Diff;

/// <summary>
/// Myers' O((N+M)·D) shortest edit script over lines. Fixes change a few lines of a config, so D stays small
/// however large the file is.
/// </summary>
internal static class LineDiff
{
    /// <summary>One line of the script: ' ' kept, '-' only in the old text, '+' only in the new text.</summary>
    public readonly record struct Line(char Op, string Text, int OldIndex, int NewIndex);

    public static IReadOnlyList<Line> Compute(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        // Common prefix and suffix first: cheap, and they are nearly everything in a fix.
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[a.Count - 1 - suffix] == b[b.Count - 1 - suffix])
        {
            suffix++;
        }

        var result = new List<Line>(a.Count + b.Count);
        for (var i = 0; i < prefix; i++)
        {
            result.Add(new Line(' ', a[i], i, i));
        }

        var n = a.Count - prefix - suffix;
        var m = b.Count - prefix - suffix;
        foreach (var (op, i, j) in Middle(a, b, prefix, n, m))
        {
            result.Add(op == '+' ? new Line('+', b[prefix + j], -1, prefix + j) : op == '-' ? new Line('-', a[prefix + i], prefix + i, -1) : new Line(' ', a[prefix + i], prefix + i, prefix + j));
        }

        for (var k = 0; k < suffix; k++)
        {
            var i = a.Count - suffix + k;
            var j = b.Count - suffix + k;
            result.Add(new Line(' ', a[i], i, j));
        }

        return result;
    }

    private static List<(char Op, int I, int J)> Middle(IReadOnlyList<string> a, IReadOnlyList<string> b, int offset, int n, int m)
    {
        var max = n + m;
        var ops = new List<(char, int, int)>();
        if (max == 0)
        {
            return ops;
        }

        var v = new int[(2 * max) + 2];
        var trace = new List<int[]>();
        var found = false;
        for (var d = 0; d <= max && !found; d++)
        {
            trace.Add((int[])v.Clone());
            for (var k = -d; k <= d; k += 2)
            {
                int x;
                if (k == -d || (k != d && v[k - 1 + max] < v[k + 1 + max]))
                {
                    x = v[k + 1 + max];
                }
                else
                {
                    x = v[k - 1 + max] + 1;
                }

                var y = x - k;
                while (x < n && y < m && a[offset + x] == b[offset + y])
                {
                    x++;
                    y++;
                }

                v[k + max] = x;
                if (x >= n && y >= m)
                {
                    found = true;
                    break;
                }
            }
        }

        // Walk the trace backwards to recover the script.
        int cx = n, cy = m;
        for (var d = trace.Count - 1; d >= 0; d--)
        {
            var vd = trace[d];
            var k = cx - cy;
            int prevK;
            if (k == -d || (k != d && vd[k - 1 + max] < vd[k + 1 + max]))
            {
                prevK = k + 1;
            }
            else
            {
                prevK = k - 1;
            }

            var prevX = vd[prevK + max];
            var prevY = prevX - prevK;
            while (cx > prevX && cy > prevY)
            {
                ops.Add((' ', cx - 1, cy - 1));
                cx--;
                cy--;
            }

            if (d > 0)
            {
                if (cx == prevX)
                {
                    ops.Add(('+', cx, cy - 1));
                }
                else
                {
                    ops.Add(('-', cx - 1, cy));
                }
            }

            cx = prevX;
            cy = prevY;
        }

        ops.Reverse();
        return ops;
    }
}

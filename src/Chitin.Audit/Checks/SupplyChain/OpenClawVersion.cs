using System.Globalization;

namespace Chitin.Audit.Checks.SupplyChain;

/// <summary>
/// An OpenClaw (formerly clawdbot) release version. Releases are date-like, <c>YYYY.M.D</c>, optionally with a
/// numeric re-release suffix (<c>2026.3.23-2</c> is later than <c>2026.3.23</c>) or a pre-release tag
/// (<c>2026.4.1-beta.2</c> is earlier than <c>2026.4.1</c>). A leading <c>v</c> and build metadata are ignored.
/// </summary>
internal sealed record OpenClawVersion(IReadOnlyList<int> Parts, int Revision, string? PreRelease, string Text)
{
    public static OpenClawVersion? TryParse(string? text)
    {
        var t = text?.Trim() ?? "";
        if (t.StartsWith('v') || t.StartsWith('V'))
        {
            t = t[1..];
        }

        var plus = t.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            t = t[..plus];
        }

        var dash = t.IndexOf('-', StringComparison.Ordinal);
        var core = dash >= 0 ? t[..dash] : t;
        var suffix = dash >= 0 ? t[(dash + 1)..] : null;
        var parts = new List<int>();
        foreach (var p in core.Split('.'))
        {
            if (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return null;
            }

            parts.Add(n);
        }

        if (parts.Count is < 2 or > 4)
        {
            return null;
        }

        if (suffix is null)
        {
            return new OpenClawVersion(parts, 0, null, text!.Trim());
        }

        return int.TryParse(suffix, NumberStyles.None, CultureInfo.InvariantCulture, out var rev)
            ? new OpenClawVersion(parts, rev, null, text!.Trim())
            : new OpenClawVersion(parts, 0, suffix, text!.Trim());
    }

    /// <summary>Negative when <paramref name="a"/> is older than <paramref name="b"/>.</summary>
    public static int Compare(OpenClawVersion a, OpenClawVersion b)
    {
        for (var i = 0; i < Math.Max(a.Parts.Count, b.Parts.Count); i++)
        {
            var x = i < a.Parts.Count ? a.Parts[i] : 0;
            var y = i < b.Parts.Count ? b.Parts[i] : 0;
            if (x != y)
            {
                return x.CompareTo(y);
            }
        }

        // A pre-release comes before the release; a numeric re-release after it.
        if ((a.PreRelease is null) != (b.PreRelease is null))
        {
            return a.PreRelease is null ? 1 : -1;
        }

        if (a.PreRelease is not null)
        {
            return ComparePreRelease(a.PreRelease, b.PreRelease!);
        }

        return a.Revision.CompareTo(b.Revision);
    }

    public bool IsOlderThan(OpenClawVersion other) => Compare(this, other) < 0;

    private static int ComparePreRelease(string a, string b)
    {
        var xs = a.Split('.');
        var ys = b.Split('.');
        for (var i = 0; i < Math.Min(xs.Length, ys.Length); i++)
        {
            var xn = int.TryParse(xs[i], NumberStyles.None, CultureInfo.InvariantCulture, out var x);
            var yn = int.TryParse(ys[i], NumberStyles.None, CultureInfo.InvariantCulture, out var y);
            var c = xn && yn ? x.CompareTo(y) : xn ? -1 : yn ? 1 : string.CompareOrdinal(xs[i], ys[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return xs.Length.CompareTo(ys.Length);
    }
}

namespace Chitin.Audit.Integrity;

/// <summary>
/// A policy pattern <c>scope:glob</c>: the scope is a name or <c>*</c>; in the glob <c>*</c> and <c>?</c> match
/// inside one path segment and <c>**</c> matches any number of segments (also none).
/// </summary>
internal sealed class PathGlob
{
    private readonly string _scope;
    private readonly string[] _segments;

    private PathGlob(string text, string scope, string[] segments)
    {
        Text = text;
        _scope = scope;
        _segments = segments;
    }

    public string Text { get; }

    /// <summary>True when the glob ends in <c>/**</c>: it covers a whole folder.</summary>
    public bool CoversFolder => _segments.Length > 0 && _segments[^1] == "**";

    public static PathGlob Parse(string pattern)
    {
        var colon = pattern.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == pattern.Length - 1)
        {
            throw new FormatException($"pattern '{pattern}' is not '<scope>:<glob>'");
        }

        return new PathGlob(pattern, pattern[..colon], pattern[(colon + 1)..].Split('/'));
    }

    public bool Matches(string scope, string[] path) =>
        (_scope == "*" || string.Equals(_scope, scope, StringComparison.Ordinal)) && Match(_segments, 0, path, 0);

    private static bool Match(string[] pat, int pi, string[] path, int si)
    {
        while (pi < pat.Length)
        {
            if (pat[pi] == "**")
            {
                if (pi == pat.Length - 1)
                {
                    return true;
                }

                for (var k = si; k <= path.Length; k++)
                {
                    if (Match(pat, pi + 1, path, k))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (si >= path.Length || !Segment(pat[pi], 0, path[si], 0))
            {
                return false;
            }

            pi++;
            si++;
        }

        return si == path.Length;
    }

    private static bool Segment(string p, int pi, string s, int si)
    {
        while (pi < p.Length)
        {
            var c = p[pi];
            if (c == '*')
            {
                for (var k = si; k <= s.Length; k++)
                {
                    if (Segment(p, pi + 1, s, k))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (si >= s.Length || (c != '?' && c != s[si]))
            {
                return false;
            }

            pi++;
            si++;
        }

        return si == s.Length;
    }
}

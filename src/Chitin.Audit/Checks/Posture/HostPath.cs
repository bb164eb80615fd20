namespace Chitin.Audit.Checks.Posture;

/// <summary>Pure POSIX path helpers for policy comparisons (no disk access): normalize and containment.</summary>
internal static class HostPath
{
    /// <summary>Resolves <c>.</c> and <c>..</c>, collapses <c>//</c>, strips a trailing <c>/</c>; "" becomes "/".</summary>
    public static string Normalize(string path)
    {
        if (path.Length == 0)
        {
            return "/";
        }

        var absolute = path.StartsWith('/');
        var parts = new List<string>();
        foreach (var seg in path.Split('/'))
        {
            if (seg.Length == 0 || seg == ".")
            {
                continue;
            }

            if (seg == "..")
            {
                if (parts.Count > 0 && parts[^1] != "..")
                {
                    parts.RemoveAt(parts.Count - 1);
                }
                else if (!absolute)
                {
                    parts.Add("..");
                }

                continue;
            }

            parts.Add(seg);
        }

        var joined = string.Join('/', parts);
        return absolute ? "/" + joined : (joined.Length == 0 ? "." : joined);
    }

    /// <summary>True when <paramref name="target"/> is <paramref name="root"/> or below it (both normalized first).</summary>
    public static bool IsInside(string root, string target)
    {
        var r = Normalize(root);
        var t = Normalize(target);
        if (r == "/")
        {
            return t.StartsWith('/');
        }

        return t == r || t.StartsWith(r + "/", StringComparison.Ordinal);
    }
}

namespace Chitin.Audit.Install;

/// <summary>Path arithmetic for confining reads to a set of root directories, symlinks resolved.</summary>
internal static class ConfinedPaths
{
    private const int MaxSymlinks = 40;

    /// <summary>True when <paramref name="path"/> is one of <paramref name="roots"/> or lies below one (all full, normalized paths).</summary>
    internal static bool IsInsideAny(string path, string[] roots)
    {
        foreach (var root in roots)
        {
            if (string.Equals(path, root, StringComparison.Ordinal)
                || (path.StartsWith(root, StringComparison.Ordinal) && path.Length > root.Length
                    && (root.EndsWith(Path.DirectorySeparatorChar) || path[root.Length] == Path.DirectorySeparatorChar)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The path without a trailing separator (a file system root keeps its own).</summary>
    internal static string TrimSeparator(string path) =>
        path.Length > 1 && path.EndsWith(Path.DirectorySeparatorChar) && path != Path.GetPathRoot(path) ? path[..^1] : path;

    /// <summary><see cref="RealPath"/>, or null where it fails (missing, unreadable, a symlink loop).</summary>
    internal static string? SafeRealPath(string path)
    {
        try
        {
            return RealPath(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The canonical absolute path with every symlink resolved, component by component (like realpath(3));
    /// null when a component does not exist. Throws IOException on a symlink loop.
    /// </summary>
    internal static string? RealPath(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath);
        if (string.IsNullOrEmpty(root))
        {
            throw new ArgumentException("path must be absolute", nameof(fullPath));
        }

        var pending = new Stack<string>();
        PushParts(pending, fullPath[root.Length..]);
        var current = root;
        var links = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? root;
                continue;
            }

            var next = Path.Join(current, part);
            var info = new FileInfo(next);
            var target = info.LinkTarget;
            if (target is null)
            {
                if (!info.Exists && !Directory.Exists(next))
                {
                    return null;
                }

                current = next;
                continue;
            }

            if (++links > MaxSymlinks)
            {
                throw new IOException($"too many levels of symbolic links at {next}");
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                PushParts(pending, target[current.Length..]);
            }
            else
            {
                PushParts(pending, target);
            }
        }

        return current;
    }

    private static void PushParts(Stack<string> pending, string relative)
    {
        var parts = relative.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            pending.Push(parts[i]);
        }
    }
}

using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Posture;

/// <summary>Path facts shared by checks: containment, and directories other local users can write to.</summary>
internal static class SharedDirs
{
    private static readonly string[] TempRoots = ["/tmp", "/var/tmp", "/dev/shm", "/private/tmp", "/private/var/tmp", "/run/shm"];

    /// <summary>True when <paramref name="path"/> is <paramref name="dir"/> or lies below it (lexically, after normalizing).</summary>
    public static bool IsUnder(string path, string dir)
    {
        var p = Normalize(path);
        var d = Normalize(dir);
        return p == d || p.StartsWith(d.EndsWith('/') ? d : d + "/", StringComparison.Ordinal);
    }

    /// <summary>A world-shared temp location (<c>/tmp</c>, <c>/var/tmp</c>, <c>/dev/shm</c>, …).</summary>
    public static bool IsTemp(string path) => TempRoots.Any(t => IsUnder(path, t));

    /// <summary>
    /// Another local user can write here: a temp location, or the path itself or one of its ancestors the loader
    /// looked at is world-writable (symlinks judged by their target).
    /// </summary>
    public static bool IsWritableByOthers(OpenClawInstall install, string path)
    {
        if (IsTemp(path))
        {
            return true;
        }

        for (var p = Normalize(path); p.Length > 1; p = Path.GetDirectoryName(p) ?? "/")
        {
            var f = install.File(p);
            if (f.Exists && f.WorldWritable && !(f.Kind == FileKind.Directory && (f.Mode & 0x200) != 0 && p != Normalize(path)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lexical normalization: absolute, no <c>.</c>/<c>..</c> segments, no trailing slash.</summary>
    public static string Normalize(string path)
    {
        if (!path.StartsWith('/'))
        {
            return path;
        }

        var full = Path.GetFullPath(path);
        return full.Length > 1 ? full.TrimEnd('/') : full;
    }
}

namespace Chitin.Audit.Install.FileSystem;

/// <summary>Turns lstat (and stat for symlinks) into <see cref="FileFacts"/>; never throws.</summary>
public static class FileProbe
{
    public static FileFacts Probe(string path)
    {
        try
        {
            var l = UnixFileSystem.Lstat(path);
            if (l is null)
            {
                return new FileFacts { Path = path };
            }

            var st = l.Value;
            var facts = new FileFacts
            {
                Path = path,
                Kind = st.IsDirectory ? FileKind.Directory : st.IsRegular ? FileKind.File : st.IsSymlink ? FileKind.Symlink : FileKind.Other,
                Mode = st.Permissions,
                Uid = st.Uid,
                Gid = st.Gid,
                Size = st.Size,
                Inode = st.Inode,
                MtimeNs = st.MtimeNs,
                CtimeNs = st.CtimeNs,
            };
            if (!st.IsSymlink)
            {
                return facts;
            }

            string? linkText = null;
            string? resolved = null;
            try
            {
                var fi = new FileInfo(path);
                linkText = fi.LinkTarget;
                resolved = fi.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            }
            catch (IOException)
            {
                // a link loop: leave resolved null
            }

            var t = resolved is null ? null : UnixFileSystem.Stat(path);
            return facts with
            {
                LinkTarget = linkText,
                ResolvedPath = t is null ? null : resolved,
                TargetKind = t is null ? FileKind.Missing : t.Value.IsDirectory ? FileKind.Directory : t.Value.IsRegular ? FileKind.File : FileKind.Other,
                TargetMode = t?.Permissions ?? 0,
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileFacts { Path = path, Kind = FileKind.Other, Error = e.Message };
        }
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="root"/> or lies under it (lexically, after normalisation).</summary>
    public static bool IsInside(string path, string root)
    {
        var p = Path.GetFullPath(path).TrimEnd('/');
        var r = Path.GetFullPath(root).TrimEnd('/');
        return p == r || p.StartsWith(r + "/", StringComparison.Ordinal);
    }

    /// <summary>Real path of an existing path (all symlinks resolved), or null.</summary>
    public static string? RealPath(string path)
    {
        try
        {
            var full = Path.GetFullPath(path);
            var parts = full.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var cur = "/";
            for (var i = 0; i < parts.Length; i++)
            {
                var next = Path.Combine(cur, parts[i]);
                var info = new FileInfo(next);
                if (info.LinkTarget is not null)
                {
                    var target = info.ResolveLinkTarget(returnFinalTarget: true);
                    if (target is null)
                    {
                        return null;
                    }

                    next = RealPath(target.FullName) ?? target.FullName;
                }
                else if (!info.Exists && !Directory.Exists(next))
                {
                    return null;
                }

                cur = next;
            }

            return cur;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

using Chitin.Audit.Install.FileSystem;

namespace Chitin.Audit.Integrity.Watch;

/// <summary>
/// The set of FileSystemWatchers (inotify on Linux) of one watch, each remembered with the inode of its folder
/// so a folder that was deleted and re-created (new inode, dead watch) is noticed by <see cref="Stale"/>.
/// </summary>
internal sealed class InotifyWatches(Action<string> onPath, Action<Exception> onError) : IDisposable
{
    private readonly Dictionary<string, (FileSystemWatcher Watcher, long Inode)> _watchers = new(StringComparer.Ordinal);

    /// <summary>Replaces every watch with one per existing folder of <paramref name="dirs"/>; returns the folders that could not be watched, with why.</summary>
    public List<string> Replace(IReadOnlyList<(string Dir, bool Recursive)> dirs)
    {
        Dispose();
        var failed = new List<string>();
        foreach (var (dir, recursive) in dirs)
        {
            var inode = Inode(dir);
            if (inode == 0)
            {
                continue;
            }

            try
            {
                var w = new FileSystemWatcher(dir)
                {
                    IncludeSubdirectories = recursive,
                    InternalBufferSize = 64 * 1024,
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.Attributes | NotifyFilters.Size
                        | NotifyFilters.LastWrite | NotifyFilters.CreationTime | NotifyFilters.Security,
                };
                w.Changed += (_, e) => onPath(e.FullPath);
                w.Created += (_, e) => onPath(e.FullPath);
                w.Deleted += (_, e) => onPath(e.FullPath);
                w.Renamed += (_, e) =>
                {
                    onPath(e.OldFullPath);
                    onPath(e.FullPath);
                };
                w.Error += (_, e) => onError(e.GetException());
                w.EnableRaisingEvents = true;
                _watchers[dir] = (w, inode);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failed.Add($"{dir}: {e.Message}");
            }
        }

        return failed;
    }

    /// <summary>True when a watched folder is gone or was re-created, or a folder that was missing now exists.</summary>
    public bool Stale(IReadOnlyList<(string Dir, bool Recursive)> dirs)
    {
        foreach (var (dir, _) in dirs)
        {
            var inode = Inode(dir);
            var watched = _watchers.TryGetValue(dir, out var w);
            if ((watched && w.Inode != inode) || (!watched && inode != 0))
            {
                return true;
            }
        }

        return false;
    }

    public void Dispose()
    {
        foreach (var (w, _) in _watchers.Values)
        {
            w.Dispose();
        }

        _watchers.Clear();
    }

    private static long Inode(string dir)
    {
        try
        {
            return UnixFileSystem.Lstat(dir) is { IsDirectory: true } st ? Math.Max(1, st.Inode) : 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}

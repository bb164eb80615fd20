using Chitin.Audit.Install.FileSystem;

namespace Chitin.Audit.Integrity;

/// <summary>
/// Walks the roots of a baseline with lstat only: symlinks are recorded (their link text), never followed or
/// descended, so nothing outside the roots is read. Bounded by the policy's limits; unreadable entries are
/// recorded with an error instead of stopping the walk. Content is not hashed here.
/// </summary>
internal sealed class ScopeWalker
{
    private readonly IntegrityPolicy _policy;
    private readonly Func<string, bool>? _known;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private bool _limitHit;

    private ScopeWalker(IntegrityPolicy policy, Func<string, bool>? known)
    {
        _policy = policy;
        _known = known;
    }

    public List<BaselineEntry> Entries { get; } = [];

    public List<string> Notes { get; } = [];

    public List<string> TruncatedRoots { get; } = [];

    /// <summary>Folders that existed but could not be listed: what the baseline had under them cannot be checked.</summary>
    public List<string> Unlistable { get; } = [];

    public List<BaselineRoot> Roots { get; } = [];

    /// <param name="known">Paths already in the baseline (recorded without asking the policy again).</param>
    /// <param name="extraSingles">Single paths recorded before (a config file or include the config no longer names).</param>
    public static ScopeWalker Walk(IntegrityTargets targets, IEnumerable<BaselineRoot> extraRoots, IEnumerable<(string Path, string Key)> extraSingles, IntegrityPolicy policy, Func<string, bool>? known, CancellationToken ct)
    {
        var w = new ScopeWalker(policy, known);
        var configDir = Path.GetDirectoryName(targets.ConfigPath) ?? "/";
        w.RecordSingle(targets.ConfigPath, "config:" + Path.GetFileName(targets.ConfigPath));
        foreach (var inc in targets.IncludePaths)
        {
            w.RecordSingle(inc, "include:" + Path.GetRelativePath(configDir, inc));
        }

        foreach (var (path, key) in extraSingles)
        {
            w.RecordSingle(path, key);
        }

        var roots = new HashSet<BaselineRoot>();
        foreach (var root in targets.Roots.Concat(extraRoots))
        {
            if (roots.Add(root))
            {
                w.Roots.Add(root);
            }
        }

        foreach (var root in w.Roots)
        {
            ct.ThrowIfCancellationRequested();
            w.WalkRoot(root, ct);
        }

        w.Entries.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return w;
    }

    internal static BaselineEntry FromStat(string path, string key, UnixStat st)
    {
        var type = st.IsRegular ? BaselineEntry.FileType : st.IsDirectory ? BaselineEntry.DirType : st.IsSymlink ? BaselineEntry.SymlinkType : BaselineEntry.OtherType;
        string? target = null;
        if (st.IsSymlink)
        {
            try
            {
                target = new FileInfo(path).LinkTarget;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                target = null;
            }
        }

        var dir = st.IsDirectory;
        return new BaselineEntry
        {
            Path = path,
            Key = key,
            Type = type,
            Size = dir ? 0 : st.Size,
            Mode = st.Permissions,
            Uid = st.Uid,
            Gid = st.Gid,
            MtimeNs = dir ? 0 : st.MtimeNs,
            CtimeNs = dir ? 0 : st.CtimeNs,
            Inode = dir ? 0 : st.Inode,
            Target = target,
        };
    }

    private void RecordSingle(string path, string key)
    {
        var (st, error) = Lstat(path);
        if (st is null && error is null)
        {
            return;
        }

        Add(path, key, st, error, counter: null);
    }

    private void WalkRoot(BaselineRoot root, CancellationToken ct)
    {
        var spec = _policy.Scope(root.Scope);
        var counter = new int[1];
        _limitHit = false;
        foreach (var f in spec.Files)
        {
            if (f == "*")
            {
                foreach (var child in List(root.Dir, null))
                {
                    AddPath(child, root.Scope + ":" + Path.GetFileName(child), counter);
                }
            }
            else
            {
                AddPath(Path.Combine(root.Dir, f), root.Scope + ":" + f, counter);
            }
        }

        foreach (var t in spec.Trees)
        {
            var start = t == "." ? root.Dir : Path.Combine(root.Dir, t);
            var rel = t == "." ? "" : t;
            var key = root.Scope + ":" + (rel.Length == 0 ? "." : rel);
            if (!_limitHit && AddPath(start, key, counter) is { IsDirectory: true } && !_policy.PrunesFolder(key))
            {
                WalkTree(root, start, rel, counter, ct);
            }
        }

        if (_limitHit)
        {
            TruncatedRoots.Add(root.Dir);
            Notes.Add($"{root.Dir}: more entries than the policy allows ({_policy.MaxEntriesPerRoot} per root, {_policy.MaxEntries} in all); the rest were not recorded");
        }
    }

    private void WalkTree(BaselineRoot root, string start, string startRel, int[] counter, CancellationToken ct)
    {
        var stack = new Stack<(string Dir, string Rel, int Depth)>();
        stack.Push((start, startRel, 0));
        while (stack.Count > 0 && !_limitHit)
        {
            ct.ThrowIfCancellationRequested();
            var (dir, rel, depth) = stack.Pop();
            if (depth >= _policy.MaxDepth)
            {
                Notes.Add($"{dir}: deeper than {_policy.MaxDepth} levels; not descended");
                continue;
            }

            foreach (var child in List(dir, rel))
            {
                var name = Path.GetFileName(child);
                var childRel = rel.Length == 0 ? name : rel + "/" + name;
                var key = root.Scope + ":" + childRel;
                if (AddPath(child, key, counter) is { IsDirectory: true } && !_policy.PrunesFolder(key))
                {
                    stack.Push((child, childRel, depth + 1));
                }
            }
        }
    }

    /// <summary>Records one path; returns its lstat (null when missing, unreadable or ignored by the policy).</summary>
    private UnixStat? AddPath(string path, string key, int[] counter)
    {
        var (st, error) = Lstat(path);
        if (st is null && error is null)
        {
            return null;
        }

        return Add(path, key, st, error, counter) ? st : null;
    }

    private bool Add(string path, string key, UnixStat? st, string? error, int[]? counter)
    {
        if (!_seen.Add(path))
        {
            return false;
        }

        var known = _known?.Invoke(path) == true;
        if (!known && _policy.Classify(key) is null)
        {
            // expected to change: not recorded; a folder is still entered unless the rule prunes it
            return st is { IsDirectory: true };
        }

        if (_limitHit || Entries.Count >= _policy.MaxEntries || (counter is not null && counter[0] >= _policy.MaxEntriesPerRoot))
        {
            _limitHit = true;
            return false;
        }

        if (counter is not null)
        {
            counter[0]++;
        }

        Entries.Add(st is { } s ? FromStat(path, key, s) : new BaselineEntry { Path = path, Key = key, Type = BaselineEntry.UnknownType, Error = error });
        return true;
    }

    private List<string> List(string dir, string? rel)
    {
        try
        {
            var list = Directory.EnumerateFileSystemEntries(dir).ToList();
            list.Sort(StringComparer.Ordinal);
            return list;
        }
        catch (DirectoryNotFoundException)
        {
            return [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Unlistable.Add(dir);
            Notes.Add($"cannot list {dir}: {e.Message}");
            var i = Entries.FindLastIndex(x => string.Equals(x.Path, dir, StringComparison.Ordinal));
            if (i >= 0 && rel is not null)
            {
                Entries[i] = Entries[i] with { Error = "cannot list: " + e.Message };
            }

            return [];
        }
    }

    private static (UnixStat? Stat, string? Error) Lstat(string path)
    {
        try
        {
            return (UnixFileSystem.Lstat(path), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, e.Message);
        }
    }
}

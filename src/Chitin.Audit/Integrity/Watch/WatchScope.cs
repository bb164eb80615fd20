namespace Chitin.Audit.Integrity.Watch;

/// <summary>
/// Which folders <c>chitin watch</c> puts inotify watches on, and whether an event path can matter (anything
/// the baseline covers, or a folder above it); sessions, logs and memory churn are dropped here, before any
/// verify is scheduled. Immutable: a new one is built when the targets change.
/// </summary>
internal sealed class WatchScope
{
    private readonly IReadOnlyList<BaselineRoot> _roots;
    private readonly IntegrityPolicy _policy;
    private readonly HashSet<string> _singles;
    private readonly string _db;
    private readonly string _dbWal;

    public WatchScope(IntegrityTargets targets, IEnumerable<BaselineRoot> extraRoots, IntegrityPolicy policy)
    {
        StateDir = targets.StateDir;
        _policy = policy;
        _roots = [.. targets.Roots.Concat(extraRoots).Distinct()];
        _singles = new HashSet<string>([targets.ConfigPath, .. targets.IncludePaths], StringComparer.Ordinal);
        _db = Path.Combine(targets.StateDir, policy.Sqlite.Database);
        _dbWal = _db + "-wal";

        var dirs = new List<(string Dir, bool Recursive)> { (targets.StateDir, true) };
        foreach (var single in _singles)
        {
            dirs.Add((Path.GetDirectoryName(single) ?? "/", false));
        }

        foreach (var root in _roots)
        {
            var spec = policy.Scope(root.Scope);
            if (spec.Files.Count > 0)
            {
                dirs.Add((root.Dir, false));
            }

            foreach (var t in spec.Trees)
            {
                dirs.Add((t == "." ? root.Dir : Path.Combine(root.Dir, t), true));
            }
        }

        var recursive = dirs.Where(d => d.Recursive).Select(d => d.Dir).ToList();
        Dirs = [.. dirs
            .Distinct()
            .Where(d => !recursive.Any(r => Under(d.Dir, r)) && !(d.Recursive == false && recursive.Contains(d.Dir)))
            .OrderBy(d => d.Dir, StringComparer.Ordinal)];
    }

    public string StateDir { get; }

    /// <summary>Folders to watch; a folder inside a recursively watched one is left out.</summary>
    public IReadOnlyList<(string Dir, bool Recursive)> Dirs { get; }

    public WatchRelevance Classify(string path)
    {
        if (path == _db || path == _dbWal)
        {
            return WatchRelevance.Database;
        }

        if (_singles.Contains(path))
        {
            return WatchRelevance.File;
        }

        foreach (var root in _roots)
        {
            if (path == root.Dir || Under(root.Dir, path))
            {
                return WatchRelevance.File; // the root itself, or a folder above it, was touched
            }

            if (!Under(path, root.Dir))
            {
                continue;
            }

            var rel = path[(root.Dir.Length + 1)..];
            var spec = _policy.Scope(root.Scope);
            if (spec.Files.Contains(rel) || (spec.Files.Contains("*") && !rel.Contains('/', StringComparison.Ordinal)))
            {
                return _policy.Classify(root.Scope + ":" + rel) is null ? WatchRelevance.None : WatchRelevance.File;
            }

            foreach (var t in spec.Trees)
            {
                if (t == "." || rel == t || rel.StartsWith(t + "/", StringComparison.Ordinal))
                {
                    return _policy.Classify(root.Scope + ":" + rel) is null ? WatchRelevance.None : WatchRelevance.File;
                }
            }

            if (spec.Files.Concat(spec.Trees).Any(x => x.StartsWith(rel + "/", StringComparison.Ordinal)))
            {
                return WatchRelevance.File;
            }
        }

        return WatchRelevance.None;
    }

    private static bool Under(string path, string dir) =>
        path.Length > dir.Length && path.StartsWith(dir, StringComparison.Ordinal) && (path[dir.Length] == '/' || dir == "/");
}

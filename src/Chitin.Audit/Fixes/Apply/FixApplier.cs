using Chitin.Audit.Fixes.Planning;
using Chitin.Audit.Install;
using Chitin.Audit.Install.FileSystem;

namespace Chitin.Audit.Fixes.Apply;

/// <summary>
/// Carries out a <see cref="FixPlan"/>: checks every target again (still what was planned, not a symlink, inside
/// the state dir, the config's directory or an extra root after resolving symlinks), tightens modes first,
/// then writes each file atomically after a timestamped backup (.env first, so the references the config gains
/// resolve the moment it lands). If a write fails, files already written are restored from their backups.
/// </summary>
public static class FixApplier
{
    public static ApplyResult Apply(FixPlan plan, TimeProvider time, ApplyOptions? options = null)
    {
        options ??= new ApplyOptions();
        if (plan.Errors.Count > 0)
        {
            return new ApplyResult { Errors = [.. plan.Errors.Prepend("the plan has errors; nothing was changed")] };
        }

        var roots = AllowedRoots(plan, options);
        var errors = new List<string>();
        foreach (var f in plan.Files)
        {
            if (Check(f, roots) is { } why)
            {
                errors.Add($"{f.Path}: {why}");
            }
        }

        if (errors.Count > 0)
        {
            return new ApplyResult { Errors = [.. errors.Prepend("nothing was changed")] };
        }

        var skipped = new List<(string, string)>();
        var chmodded = new List<(string, int)>();
        foreach (var c in plan.Chmods)
        {
            var real = FileProbe.RealPath(c.Path);
            if (real is null || !roots.Any(r => FileProbe.IsInside(real, r)))
            {
                skipped.Add((c.Path, "resolves outside the state dir; not touched"));
                continue;
            }

            string? refused;
            try
            {
                refused = NativeFile.ChmodNoFollow(c.Path, c.NewMode, c.Inode, c.Kind == FileKind.Directory);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                refused = e.Message;
            }

            if (refused is null)
            {
                chmodded.Add((c.Path, c.NewMode));
            }
            else
            {
                skipped.Add((c.Path, refused));
            }
        }

        var written = new List<(string Path, string? Backup)>();
        var now = time.GetUtcNow();
        foreach (var f in plan.Files.OrderBy(f => f.Kind switch { FileKindOfPlan.DotEnv => 0, FileKindOfPlan.Config => 1, _ => 2 }))
        {
            try
            {
                EnsureDirectory(Path.GetDirectoryName(f.Path)!);
                var backup = f.OldText is null ? null : AtomicFile.Backup(f.Path, now);
                AtomicFile.Write(f.Path, f.NewText, f.NewFileMode, options.BeforeCommit);
                written.Add((f.Path, backup));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add($"{f.Path}: {e.Message}");
                errors.AddRange(RollBack(written));
                return new ApplyResult { Chmodded = chmodded, Skipped = skipped, Errors = errors };
            }
        }

        return new ApplyResult { Written = written, Chmodded = chmodded, Skipped = skipped };
    }

    private static List<string> AllowedRoots(FixPlan plan, ApplyOptions options)
    {
        var roots = new List<string>();
        foreach (var r in new[] { plan.StateDir, Path.GetDirectoryName(Path.GetFullPath(plan.ConfigPath))! }.Concat(options.ExtraRoots))
        {
            var full = Path.GetFullPath(r);
            roots.Add(RealOfNearest(full) ?? full);
        }

        return roots;
    }

    private static string? Check(FilePlan f, List<string> roots)
    {
        var full = Path.GetFullPath(f.Path);
        var real = RealOfNearest(full);
        if (real is null || !roots.Any(r => FileProbe.IsInside(real, r)))
        {
            return "resolves outside the state dir; refusing to write it";
        }

        var facts = FileProbe.Probe(full);
        if (facts.Kind == FileKind.Symlink)
        {
            return "is a symlink; refusing to write through it";
        }

        if (facts.Exists && facts.Kind != FileKind.File)
        {
            return "is not a regular file";
        }

        if (f.OldText is null)
        {
            return facts.Exists ? "appeared since the plan was made; run again" : null;
        }

        try
        {
            return File.ReadAllBytes(full).AsSpan().SequenceEqual(System.Text.Encoding.UTF8.GetBytes(f.OldText)) ? null : "changed since the plan was made; run again";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "cannot be read: " + e.Message;
        }
    }

    /// <summary>The real path of <paramref name="path"/>: its nearest existing ancestor resolved, plus the missing rest.</summary>
    private static string? RealOfNearest(string path)
    {
        var rest = new Stack<string>();
        var cur = path;
        while (!Path.Exists(cur) && FileProbe.Probe(cur).Kind == FileKind.Missing)
        {
            var parent = Path.GetDirectoryName(cur);
            if (parent is null || parent == cur)
            {
                return null;
            }

            rest.Push(Path.GetFileName(cur));
            cur = parent;
        }

        var real = FileProbe.RealPath(cur);
        return real is null ? null : rest.Aggregate(real, Path.Combine);
    }

    private static void EnsureDirectory(string dir)
    {
        if (!OperatingSystem.IsWindows() && !Directory.Exists(dir))
        {
            Directory.CreateDirectory(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static List<string> RollBack(List<(string Path, string? Backup)> written)
    {
        var problems = new List<string>();
        foreach (var (path, backup) in Enumerable.Reverse(written))
        {
            try
            {
                if (backup is null)
                {
                    File.Delete(path);
                }
                else
                {
                    AtomicFile.Write(path, File.ReadAllText(backup), 0x180);
                }

                problems.Add($"rolled back {path}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add($"could not roll back {path} (backup: {backup ?? "none"}): {e.Message}");
            }
        }

        return problems;
    }
}

using Chitin.Audit.Install;
using Chitin.Audit.Install.FileSystem;
using Chitin.Audit.Skills.Sources;

namespace Chitin.Audit.Skills;

/// <summary>Turns paths and installs into <see cref="SkillTarget"/>s.</summary>
public static class SkillTargets
{
    private static readonly string[] ArchiveSuffixes = [".zip", ".skill", ".tgz", ".tar.gz", ".tar"];

    /// <summary>
    /// A path: an archive or single file, a skill folder (has SKILL.md, or is a plugin package), or a tree whose
    /// skill folders and archives are found up to four levels down. Throws <see cref="FileNotFoundException"/>
    /// when the path does not exist.
    /// </summary>
    public static List<SkillTarget> ForPath(string path, ScanLimits limits, ICollection<string> notes)
    {
        var full = System.IO.Path.GetFullPath(path);
        var facts = FileProbe.Probe(full);
        var kind = facts.Kind == FileKind.Symlink ? facts.TargetKind : facts.Kind;
        if (kind == FileKind.File)
        {
            return [ForFile(full, limits)];
        }

        if (kind != FileKind.Directory)
        {
            throw new FileNotFoundException($"{path} does not exist or is not a file or folder", path);
        }

        if (IsSkillDir(full))
        {
            return [Dir(full, "path")];
        }

        var found = new List<SkillTarget>();
        Walk(full, 0, found, limits, notes);
        if (found.Count == 0)
        {
            notes.Add($"{path}: no SKILL.md, plugin manifest or archive found; scanned as one skill");
            found.Add(Dir(full, "path"));
        }

        return found;
    }

    /// <summary>Every skill of an install (each root the loader found) plus its plugin folders and, when given, the bundled skills.</summary>
    public static List<SkillTarget> ForInstall(IReadOnlyList<SkillInfo> skills, IReadOnlyList<ExtensionInfo> extensions, string? bundledDir, ScanLimits limits)
    {
        var targets = new List<SkillTarget>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in skills)
        {
            if (seen.Add(FileProbe.RealPath(s.Dir) ?? s.Dir))
            {
                targets.Add(new SkillTarget { Name = s.Name, Path = s.Dir, Source = new DirectorySource(s.Dir, limits), Location = s.Location });
            }
        }

        foreach (var e in extensions)
        {
            if (seen.Add(FileProbe.RealPath(e.Dir) ?? e.Dir))
            {
                targets.Add(new SkillTarget { Name = e.Id, Path = e.Dir, Source = new DirectorySource(e.Dir, limits), Location = "plugin", Kind = "plugin" });
            }
        }

        if (bundledDir is not null && Directory.Exists(bundledDir))
        {
            foreach (var dir in Directory.GetDirectories(bundledDir).Order(StringComparer.Ordinal))
            {
                if (File.Exists(System.IO.Path.Combine(dir, "SKILL.md")) && seen.Add(FileProbe.RealPath(dir) ?? dir))
                {
                    targets.Add(Dir(dir, "bundled"));
                }
            }
        }

        return targets;
    }

    public static bool IsArchiveName(string path) => ArchiveSuffixes.Any(s => path.EndsWith(s, StringComparison.OrdinalIgnoreCase));

    private static SkillTarget ForFile(string full, ScanLimits limits)
    {
        var name = System.IO.Path.GetFileName(full);
        var archive = ArchiveSource.ForFile(full, limits);
        if (archive is not null)
        {
            var stem = ArchiveSuffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase)) is { } suffix ? name[..^suffix.Length] : name;
            return new SkillTarget { Name = stem, Path = full, Source = archive, Location = "archive" };
        }

        var skillName = name.Equals("SKILL.md", StringComparison.OrdinalIgnoreCase) ? System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(full)) ?? name : name;
        return new SkillTarget { Name = skillName, Path = full, Source = new SingleFileSource(full, limits), Location = "path" };
    }

    private static SkillTarget Dir(string dir, string location)
    {
        var plugin = File.Exists(System.IO.Path.Combine(dir, "openclaw.plugin.json")) && !File.Exists(System.IO.Path.Combine(dir, "SKILL.md"));
        return new SkillTarget
        {
            Name = System.IO.Path.GetFileName(dir.TrimEnd('/')),
            Path = dir,
            Source = new DirectorySource(dir, ScanLimits.Default),
            Location = location,
            Kind = plugin ? "plugin" : "skill",
        };
    }

    private static bool IsSkillDir(string dir) =>
        File.Exists(System.IO.Path.Combine(dir, "SKILL.md")) || File.Exists(System.IO.Path.Combine(dir, "openclaw.plugin.json"));

    private static void Walk(string dir, int depth, List<SkillTarget> found, ScanLimits limits, ICollection<string> notes)
    {
        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(dir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            notes.Add($"cannot list {dir}: {e.Message}");
            return;
        }

        Array.Sort(entries, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var facts = FileProbe.Probe(entry);
            if (facts.Kind == FileKind.File && IsArchiveName(entry))
            {
                found.Add(ForFile(entry, limits));
            }
            else if (facts.Kind == FileKind.Directory && !System.IO.Path.GetFileName(entry).StartsWith('.') && System.IO.Path.GetFileName(entry) != "node_modules")
            {
                if (IsSkillDir(entry))
                {
                    found.Add(Dir(entry, "path"));
                }
                else if (depth < 3)
                {
                    Walk(entry, depth + 1, found, limits, notes);
                }
            }
        }
    }
}

using Chitin.Audit.Install;
using Chitin.Audit.Install.FileSystem;

namespace Chitin.Audit.Skills.Sources;

/// <summary>
/// A skill folder, walked without following any symlink: a link pointing inside the skill is skipped (its
/// target is scanned where it lives), one pointing outside becomes an <see cref="SkillEntryKind.EscapingLink"/>
/// entry, so symlink loops cannot happen. FIFOs and devices are never opened.
/// </summary>
public sealed class DirectorySource(string root, ScanLimits limits) : ISkillSource
{
    private static readonly HashSet<string> SkippedDirs = new(StringComparer.Ordinal) { ".git", "node_modules" };

    public string Root { get; } = root;

    public IEnumerable<SkillFileEntry> Enumerate(ICollection<string> notes)
    {
        var realRoot = FileProbe.RealPath(Root) ?? Path.GetFullPath(Root);
        var stack = new Stack<(string Dir, string Rel, int Depth)>();
        stack.Push((Root, "", 0));
        var files = 0;
        while (stack.Count > 0)
        {
            var (dir, rel, depth) = stack.Pop();
            string[] entries;
            try
            {
                entries = Directory.GetFileSystemEntries(dir);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                notes.Add($"cannot list {(rel.Length == 0 ? "." : rel)}: {e.Message}");
                continue;
            }

            Array.Sort(entries, StringComparer.Ordinal);
            var subdirs = new List<(string, string, int)>();
            foreach (var path in entries)
            {
                var name = Path.GetFileName(path);
                var relPath = rel.Length == 0 ? name : rel + "/" + name;
                var facts = FileProbe.Probe(path);
                switch (facts.Kind)
                {
                    case FileKind.Directory when SkippedDirs.Contains(name):
                        notes.Add($"{relPath}/ not scanned (dependency or VCS folder)");
                        break;
                    case FileKind.Directory when depth + 1 > limits.MaxDepth:
                        notes.Add($"{relPath}/ not scanned: deeper than {limits.MaxDepth} levels");
                        break;
                    case FileKind.Directory:
                        subdirs.Add((path, relPath, depth + 1));
                        break;
                    case FileKind.Symlink:
                        if (facts.ResolvedPath is { } target && FileProbe.IsInside(target, realRoot))
                        {
                            break;
                        }

                        if (facts.ResolvedPath is null)
                        {
                            notes.Add($"{relPath}: dangling symlink or symlink loop ({facts.LinkTarget}); not followed");
                        }

                        yield return new SkillFileEntry { Path = relPath, Kind = SkillEntryKind.EscapingLink, LinkTarget = facts.ResolvedPath ?? facts.LinkTarget };
                        break;
                    case FileKind.File:
                        if (++files > limits.MaxFilesPerSkill)
                        {
                            if (files == limits.MaxFilesPerSkill + 1)
                            {
                                notes.Add($"more than {limits.MaxFilesPerSkill} files; the rest were not scanned");
                            }

                            break;
                        }

                        var (bytes, truncated, error) = FileReading.Read(path, facts.Size, limits);
                        if (bytes is null)
                        {
                            notes.Add($"{relPath}: cannot read ({error})");
                            break;
                        }

                        yield return new SkillFileEntry { Path = relPath, Size = facts.Size, Content = bytes, Truncated = truncated };
                        break;
                    case FileKind.Other when facts.Error is not null:
                        notes.Add($"{relPath}: {facts.Error}");
                        break;
                    case FileKind.Other:
                        notes.Add($"{relPath}: not a regular file (FIFO, socket or device); not opened");
                        yield return new SkillFileEntry { Path = relPath, Kind = SkillEntryKind.Special };
                        break;
                }
            }

            for (var i = subdirs.Count - 1; i >= 0; i--)
            {
                stack.Push(subdirs[i]);
            }
        }
    }
}

using System.Globalization;
using System.Text.Json;
using Chitin.Audit.Install;
using Chitin.Audit.Install.FileSystem;

namespace Chitin.Audit.Skills.Quarantine;

/// <summary>
/// Moves a skill out of every load path into <c>&lt;state&gt;/quarantine</c> and back. Only the skill's own
/// entry is renamed (a symlinked skill moves as the link, its target is never touched), only entries directly
/// inside a skills root move, and roots that are themselves symlinks are refused: nothing is followed out of
/// the skills roots. Every move is recorded in a manifest.
/// </summary>
public sealed class SkillQuarantine(string stateDir, TimeProvider time)
{
    public string Folder { get; } = Path.Combine(stateDir, "quarantine");

    public string ManifestPath => Path.Combine(Folder, "manifest.json");

    public QuarantineManifest ReadManifest()
    {
        if (!File.Exists(ManifestPath))
        {
            return new QuarantineManifest();
        }

        return JsonSerializer.Deserialize(File.ReadAllText(ManifestPath), QuarantineJsonContext.Default.QuarantineManifest) ?? new QuarantineManifest();
    }

    /// <summary>Quarantines every installed skill named <paramref name="name"/>; returns the entries moved.</summary>
    /// <exception cref="InvalidOperationException">No such skill, or a move is unsafe.</exception>
    public IReadOnlyList<QuarantineEntry> Quarantine(string name, IReadOnlyList<SkillInfo> skills, IReadOnlyDictionary<string, SkillVerdict>? verdicts = null)
    {
        var matches = skills.Where(s => string.Equals(s.Name, name, StringComparison.Ordinal)).ToList();
        if (matches.Count == 0)
        {
            throw new InvalidOperationException($"no installed skill named '{name}' in any load path");
        }

        foreach (var s in matches)
        {
            CheckInsideRoot(s.Dir, s.Root);
        }

        var manifest = ReadManifest();
        var moved = new List<QuarantineEntry>();
        var stamp = time.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        Directory.CreateDirectory(Folder);
        var n = 0;
        foreach (var s in matches)
        {
            var slot = Path.Combine(Folder, $"{stamp}-{Safe(name)}-{n++}");
            Directory.CreateDirectory(slot);
            var dest = Path.Combine(slot, Path.GetFileName(s.Dir));
            Move(s.Dir, dest);
            var entry = new QuarantineEntry
            {
                Name = name,
                OriginalPath = s.Dir,
                QuarantinedPath = dest,
                Root = s.Root,
                Location = s.Location,
                QuarantinedAt = time.GetUtcNow(),
                Verdict = verdicts is not null && verdicts.TryGetValue(s.Dir, out var v) ? v.ToString().ToLowerInvariant() : null,
            };
            manifest.Entries.Add(entry);
            moved.Add(entry);
            Save(manifest);
        }

        return moved;
    }

    /// <summary>Moves every quarantined copy of <paramref name="name"/> back where it came from.</summary>
    /// <exception cref="InvalidOperationException">Nothing to restore, or the original place is taken or unsafe.</exception>
    public IReadOnlyList<QuarantineEntry> Restore(string name)
    {
        var manifest = ReadManifest();
        var pending = manifest.Entries.Select((e, i) => (e, i)).Where(x => x.e.Name == name && x.e.RestoredAt is null).ToList();
        if (pending.Count == 0)
        {
            throw new InvalidOperationException($"'{name}' is not in quarantine ({ManifestPath})");
        }

        var restored = new List<QuarantineEntry>();
        foreach (var (e, i) in pending)
        {
            if (!FileProbe.IsInside(e.QuarantinedPath, Folder))
            {
                throw new InvalidOperationException($"manifest entry points outside the quarantine folder: {e.QuarantinedPath}");
            }

            CheckInsideRoot(e.OriginalPath, e.Root);
            if (Path.Exists(e.OriginalPath))
            {
                throw new InvalidOperationException($"{e.OriginalPath} exists again; move it away before restoring '{name}'");
            }

            if (!Path.Exists(e.QuarantinedPath))
            {
                throw new InvalidOperationException($"quarantined copy {e.QuarantinedPath} is missing");
            }

            Move(e.QuarantinedPath, e.OriginalPath);
            var done = e with { RestoredAt = time.GetUtcNow() };
            manifest.Entries[i] = done;
            restored.Add(done);
            Save(manifest);
            TryDeleteEmpty(Path.GetDirectoryName(e.QuarantinedPath)!);
        }

        return restored;
    }

    /// <summary>The entry must sit directly in a root that is a real directory (not a symlink).</summary>
    private static void CheckInsideRoot(string dir, string root)
    {
        var rootFacts = FileProbe.Probe(root);
        if (rootFacts.Kind != FileKind.Directory)
        {
            throw new InvalidOperationException($"skills root {root} is {(rootFacts.Kind == FileKind.Symlink ? "a symlink" : "not a directory")}; refusing to move anything through it");
        }

        var parent = Path.GetDirectoryName(Path.GetFullPath(dir).TrimEnd('/'));
        if (!string.Equals(parent, Path.GetFullPath(root).TrimEnd('/'), StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{dir} is not directly inside its skills root {root}");
        }
    }

    private static void Move(string from, string to)
    {
        var facts = FileProbe.Probe(from);
        try
        {
            if (facts.Kind == FileKind.Directory || (facts.Kind == FileKind.Symlink && facts.TargetKind == FileKind.Directory))
            {
                // rename(2): a symlink moves as the link; its target is never touched.
                Directory.Move(from, to);
            }
            else
            {
                File.Move(from, to);
            }
        }
        catch (IOException) when (facts.Kind == FileKind.Directory && !Path.Exists(to))
        {
            // Another file system: copy without following links, then remove the original.
            CopyTree(from, to);
            Directory.Delete(from, recursive: true);
        }
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var entry in new DirectoryInfo(from).EnumerateFileSystemInfos())
        {
            var dest = Path.Combine(to, entry.Name);
            if (entry.LinkTarget is { } link)
            {
                File.CreateSymbolicLink(dest, link);
            }
            else if (entry is DirectoryInfo)
            {
                CopyTree(entry.FullName, dest);
            }
            else
            {
                File.Copy(entry.FullName, dest);
            }
        }
    }

    private void Save(QuarantineManifest manifest)
    {
        Directory.CreateDirectory(Folder);
        var tmp = ManifestPath + ".tmp";
        File.WriteAllText(tmp, JsonSerializer.Serialize(manifest, QuarantineJsonContext.Default.QuarantineManifest) + "\n");
        File.Move(tmp, ManifestPath, overwrite: true);
    }

    private static void TryDeleteEmpty(string dir)
    {
        try
        {
            if (Directory.Exists(dir) && !Directory.EnumerateFileSystemEntries(dir).Any())
            {
                Directory.Delete(dir);
            }
        }
        catch (IOException)
        {
            // leave it
        }
    }

    private static string Safe(string name) => new([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]);
}

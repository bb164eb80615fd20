using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Chitin.Audit.Iocs;

/// <summary>
/// IOC sets imported by the operator, one JSON file per set under a data dir the CLI passes in
/// (e.g. <c>~/.local/share/chitin/iocs</c>). Each set is pinned to the SHA-256 of the file it was imported
/// from: importing a different file under the same name is refused unless <c>replace</c> is set, and every
/// import that changes the set bumps its revision (version <c>r&lt;revision&gt;-&lt;sha256 prefix&gt;</c>).
/// </summary>
public sealed partial class UserIocStore(string directory, TimeProvider time) : IIocSource
{
    public string Directory { get; } = directory;

    public IReadOnlyList<IocSet> Load(ICollection<string> notes)
    {
        var sets = new List<IocSet>();
        if (!System.IO.Directory.Exists(Directory))
        {
            return sets;
        }

        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                sets.Add(IocFile.Parse(File.ReadAllText(file)).ToSet("user"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
            {
                notes.Add($"IOC set {file} not used: {e.Message}");
            }
        }

        return sets;
    }

    /// <summary>Imports <paramref name="path"/> as set <paramref name="name"/> (default: the file name).</summary>
    /// <exception cref="InvalidOperationException">The name is pinned to another file, or nothing usable was found.</exception>
    public IocImportResult Import(string path, string? name, bool replace, IocConfidence defaultConfidence)
    {
        var bytes = File.ReadAllBytes(path);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var setName = SanitizeName(name ?? Path.GetFileNameWithoutExtension(path));
        var target = Path.Combine(Directory, setName + ".json");
        IocFile? existing = null;
        if (File.Exists(target))
        {
            existing = IocFile.Parse(File.ReadAllText(target));
            if (string.Equals(existing.Sha256, sha, StringComparison.OrdinalIgnoreCase))
            {
                return new IocImportResult(existing.ToSet("user"), "unchanged", []);
            }

            if (!replace)
            {
                throw new InvalidOperationException(
                    $"IOC set '{setName}' is pinned to a file with SHA-256 {existing.Sha256}; {Path.GetFileName(path)} has {sha}. " +
                    "Review the new file, then import it with --replace (or under another --name).");
            }
        }

        var text = Encoding.UTF8.GetString(bytes);
        var (entries, skipped) = IocFeedParser.Parse(text, Path.GetFileName(path), defaultConfidence);
        if (entries.Count == 0)
        {
            throw new InvalidOperationException($"{path}: no usable indicator found" + (skipped.Count > 0 ? $" ({skipped.Count} skipped: {skipped[0]})" : ""));
        }

        var revision = (existing?.Revision ?? 0) + 1;
        var file = new IocFile
        {
            Name = setName,
            Version = $"r{revision}-{sha[..12]}",
            Description = $"imported from {Path.GetFileName(path)}",
            Sha256 = sha,
            ImportedFrom = Path.GetFullPath(path),
            ImportedAt = time.GetUtcNow(),
            Revision = revision,
            Entries = entries,
        };
        var set = file.ToSet("user");
        System.IO.Directory.CreateDirectory(Directory);
        var tmp = target + ".tmp";
        File.WriteAllText(tmp, file.ToJson());
        File.Move(tmp, target, overwrite: true);
        return new IocImportResult(set, existing is null ? "imported" : "replaced", skipped);
    }

    private static string SanitizeName(string name)
    {
        var clean = UnsafeChars().Replace(name.Trim().ToLowerInvariant(), "-").Trim('-', '.');
        return clean.Length == 0 ? "iocs" : clean;
    }

    [GeneratedRegex("[^a-z0-9._-]+", RegexOptions.CultureInvariant)]
    private static partial Regex UnsafeChars();
}

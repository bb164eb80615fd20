using System.Text.Json;

namespace Chitin.Audit.Iocs;

/// <summary>The on-disk form of an <see cref="IocSet"/> (rules/iocs/*.json and the user store).</summary>
public sealed class IocFile
{
    public string Name { get; set; } = "";

    public string Version { get; set; } = "";

    public string? Description { get; set; }

    public string? Sha256 { get; set; }

    /// <summary>File name the set was imported from (user sets).</summary>
    public string? ImportedFrom { get; set; }

    public DateTimeOffset? ImportedAt { get; set; }

    public int Revision { get; set; }

    public List<IocFileEntry> Entries { get; set; } = [];

    public static IocFile Parse(string json) =>
        JsonSerializer.Deserialize(json, IocJsonContext.Default.IocFile) ?? throw new JsonException("IOC file is empty");

    public string ToJson() => JsonSerializer.Serialize(this, IocJsonContext.Default.IocFile) + "\n";

    /// <summary>Validates and converts; a bad entry throws with its index so a broken feed is never half-loaded.</summary>
    public IocSet ToSet(string origin)
    {
        if (string.IsNullOrWhiteSpace(Name) || string.IsNullOrWhiteSpace(Version))
        {
            throw new JsonException("IOC file needs a name and a version");
        }

        var entries = new List<IocEntry>(Entries.Count);
        for (var i = 0; i < Entries.Count; i++)
        {
            var e = Entries[i];
            if (!IocNames.TryParseType(e.Type, out var type) || string.IsNullOrWhiteSpace(e.Value))
            {
                throw new JsonException($"IOC entry {i} of '{Name}': unknown type '{e.Type}' or empty value");
            }

            if (!IocNames.TryParseConfidence(e.Confidence, out var confidence) || string.IsNullOrWhiteSpace(e.Source))
            {
                throw new JsonException($"IOC entry {i} of '{Name}' ({e.Value}): confidence must be confirmed, reported or unverified, and source is required");
            }

            entries.Add(new IocEntry(type, e.Value.Trim(), confidence, e.Source.Trim(), e.Note));
        }

        return new IocSet { Name = Name, Version = Version, Origin = origin, Description = Description, Sha256 = Sha256, Entries = entries };
    }
}

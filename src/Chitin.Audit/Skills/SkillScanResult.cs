namespace Chitin.Audit.Skills;

/// <summary>The scan of one skill (or plugin): verdict, why, and every finding.</summary>
public sealed record SkillScanResult
{
    /// <summary>The skill folder, archive or file that was scanned.</summary>
    public required string Path { get; init; }

    public required string Name { get; init; }

    /// <summary>skill or plugin.</summary>
    public string Kind { get; init; } = "skill";

    /// <summary>workspace, managed, bundled, extra, plugin, path, archive, gate …</summary>
    public string Location { get; init; } = "path";

    public required SkillVerdict Verdict { get; init; }

    /// <summary>The reasons for the verdict, most serious first (combination titles or the decisive findings).</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    public IReadOnlyList<SkillFinding> Findings { get; init; } = [];

    /// <summary>Problems reading the skill (unreadable file, symlink loop, limits hit); the scan went on.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public int FilesScanned { get; init; }

    public long BytesScanned { get; init; }
}

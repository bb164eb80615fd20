namespace Chitin.Audit.Skills.Sources;

/// <summary>One file of a skill as the scanner sees it. Content is bounded (see <see cref="ScanLimits"/>).</summary>
public sealed record SkillFileEntry
{
    /// <summary>Path relative to the skill root with '/' separators; archive members as <c>x.zip!/a/b</c>.</summary>
    public required string Path { get; init; }

    public SkillEntryKind Kind { get; init; } = SkillEntryKind.File;

    /// <summary>Size on disk or declared in the archive.</summary>
    public long Size { get; init; }

    /// <summary>The bytes read: the whole file, or head and tail when <see cref="Truncated"/>.</summary>
    public ReadOnlyMemory<byte> Content { get; init; }

    public bool Truncated { get; init; }

    /// <summary>For links: where they point.</summary>
    public string? LinkTarget { get; init; }

    /// <summary>A password-protected archive member (its content cannot be read).</summary>
    public bool Encrypted { get; init; }
}

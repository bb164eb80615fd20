namespace Chitin.Audit.Skills.Sources;

/// <summary>Bounds that keep a hostile skill or archive from exhausting memory or time.</summary>
public sealed record ScanLimits
{
    /// <summary>Files up to this size are read whole.</summary>
    public int MaxFullRead { get; init; } = 8 * 1024 * 1024;

    /// <summary>Larger files: this much of the head and of the tail is read.</summary>
    public int PartialRead { get; init; } = 2 * 1024 * 1024;

    public int MaxFilesPerSkill { get; init; } = 5000;

    public int MaxDepth { get; init; } = 16;

    public int MaxArchiveEntries { get; init; } = 10_000;

    /// <summary>Total bytes decompressed from one archive (all members, nested included).</summary>
    public long MaxArchiveBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Uncompressed/compressed ratio above which a member counts as a bomb (when larger than 1 MiB).</summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>Archives inside archives are opened to this depth.</summary>
    public int MaxNesting { get; init; } = 2;

    /// <summary>Characters of decoded payload scanned per file.</summary>
    public int MaxDecodedChars { get; init; } = 512 * 1024;

    public static ScanLimits Default { get; } = new();
}

using Chitin.Audit.Findings;

namespace Chitin.Audit.Integrity;

/// <summary>The outcome of comparing one install with its baseline.</summary>
public sealed record VerifyResult
{
    public required string StateDir { get; init; }

    public required string BaselineFile { get; init; }

    public required string BaselineCreatedAt { get; init; }

    public string? BaselineUpdatedAt { get; init; }

    public required IReadOnlyList<IntegrityChange> Changes { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>True when every file was re-hashed (<c>--full</c>).</summary>
    public bool Full { get; init; }

    public int EntriesChecked { get; init; }

    public int FilesHashed { get; init; }

    public long BytesHashed { get; init; }

    public int RowsChecked { get; init; }

    /// <summary>True when the database rows were compared by reading them (false: the database file had not changed).</summary>
    public bool RowsRead { get; init; }

    public TimeSpan Elapsed { get; init; }

    public bool AnyAtOrAbove(Severity severity) => Changes.Any(c => c.Severity >= severity);

    /// <summary>The baseline that was compared against.</summary>
    internal BaselineBody? Baseline { get; init; }

    /// <summary>What is on disk now, by path (files carry their current SHA-256).</summary>
    internal IReadOnlyDictionary<string, BaselineEntry> Current { get; init; } = new Dictionary<string, BaselineEntry>();

    internal IReadOnlyList<BaselineEntry> CurrentDbFiles { get; init; } = [];

    internal IReadOnlyList<BaselineRoot> Roots { get; init; } = [];
}

namespace Chitin.Audit.Integrity;

/// <summary>The signed part of a baseline file.</summary>
public sealed record BaselineBody
{
    public const string CurrentFormat = "chitin-baseline/1";

    public string Format { get; init; } = CurrentFormat;

    public required string StateDir { get; init; }

    public required string ConfigPath { get; init; }

    /// <summary>Hash of the machine id the baseline was recorded on.</summary>
    public required string Machine { get; init; }

    /// <summary>Host name at recording time, for messages.</summary>
    public required string Host { get; init; }

    public required string CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    public string? UpdatedAt { get; init; }

    public required string PolicyHash { get; init; }

    public IReadOnlyList<BaselineRoot> Roots { get; init; } = [];

    /// <summary>Roots whose walk hit a policy limit; removals under them are not reported.</summary>
    public IReadOnlyList<string> TruncatedRoots { get; init; } = [];

    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>lstat of the state database and its WAL, to skip re-reading rows when neither changed.</summary>
    public IReadOnlyList<BaselineEntry> DbFiles { get; init; } = [];

    public required IReadOnlyList<BaselineEntry> Entries { get; init; }

    public IReadOnlyList<BaselineAcceptance> Accepted { get; init; } = [];
}

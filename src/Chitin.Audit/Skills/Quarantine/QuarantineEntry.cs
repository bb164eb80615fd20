namespace Chitin.Audit.Skills.Quarantine;

/// <summary>One quarantined skill folder: where it was loaded from and where it is now.</summary>
public sealed record QuarantineEntry
{
    public required string Name { get; init; }

    public required string OriginalPath { get; init; }

    public required string QuarantinedPath { get; init; }

    /// <summary>The skills root it was loaded from (workspace skills, managed skills, an extra dir …).</summary>
    public required string Root { get; init; }

    public required string Location { get; init; }

    public required DateTimeOffset QuarantinedAt { get; init; }

    public DateTimeOffset? RestoredAt { get; init; }

    /// <summary>The scanner's verdict when it was quarantined, if a scan ran.</summary>
    public string? Verdict { get; init; }
}

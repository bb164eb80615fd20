namespace Chitin.Audit.Integrity.Watch;

/// <summary>The outcome of checking a hash-chained event log.</summary>
public sealed record EventLogCheck
{
    public required string Path { get; init; }

    public bool Intact => Problems.Count == 0;

    public long Entries { get; init; }

    public IReadOnlyList<string> Problems { get; init; } = [];

    internal byte[] LastHash { get; init; } = new byte[32];
}

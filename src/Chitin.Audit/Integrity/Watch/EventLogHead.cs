namespace Chitin.Audit.Integrity.Watch;

/// <summary>The signed head of an event log (<c>&lt;log&gt;.head</c>): how many entries it had and the last hash, so truncation shows.</summary>
public sealed record EventLogHead
{
    public required long Count { get; init; }

    public required string Hash { get; init; }

    public required string Mac { get; init; }
}

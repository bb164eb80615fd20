namespace Chitin.Audit.Integrity;

/// <summary>What <c>chitin baseline</c> recorded.</summary>
public sealed record RecordResult
{
    public required string BaselineFile { get; init; }

    public required string KeyFile { get; init; }

    public bool KeyCreated { get; init; }

    public int Entries { get; init; }

    public int Files { get; init; }

    public int Rows { get; init; }

    public long Bytes { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];

    public TimeSpan Elapsed { get; init; }
}

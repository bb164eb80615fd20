namespace Chitin.Audit.Integrity;

/// <summary>The JSON shape of <c>chitin verify --format json</c>.</summary>
public sealed record VerifyReportJson
{
    public string Tool { get; init; } = "chitin verify";

    public required string StateDir { get; init; }

    public required string Baseline { get; init; }

    public required string BaselineRecordedAt { get; init; }

    public string? BaselineUpdatedAt { get; init; }

    public bool Full { get; init; }

    public long ElapsedMs { get; init; }

    public int EntriesChecked { get; init; }

    public int FilesHashed { get; init; }

    public long BytesHashed { get; init; }

    public int RowsChecked { get; init; }

    public required IReadOnlyDictionary<string, int> Summary { get; init; }

    public required IReadOnlyList<ChangeJson> Changes { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];

    public sealed record ChangeJson
    {
        public required string Path { get; init; }

        public required string Change { get; init; }

        public required string Severity { get; init; }

        public required string Key { get; init; }

        public required string Detail { get; init; }

        public string? Before { get; init; }

        public string? After { get; init; }
    }
}

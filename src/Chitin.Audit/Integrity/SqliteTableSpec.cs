namespace Chitin.Audit.Integrity;

/// <summary>
/// A table of the state database whose rows are recorded: by name or by a LIKE pattern; optionally only the rows
/// whose <see cref="KeyColumn"/> is one of <see cref="Keys"/>.
/// </summary>
public sealed record SqliteTableSpec
{
    public string? Table { get; init; }

    public string? TableLike { get; init; }

    public string? KeyColumn { get; init; }

    public IReadOnlyList<string> Keys { get; init; } = [];
}

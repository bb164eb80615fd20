namespace Chitin.Audit.Integrity;

/// <summary>A reviewed change folded into the baseline by <c>chitin baseline accept</c>: who, when and why.</summary>
public sealed record BaselineAcceptance
{
    public required string Path { get; init; }

    public required string Change { get; init; }

    public required string By { get; init; }

    public required string Reason { get; init; }

    public required string At { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }
}

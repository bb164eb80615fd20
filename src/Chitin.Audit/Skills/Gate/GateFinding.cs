namespace Chitin.Audit.Skills.Gate;

/// <summary>One finding in a <see cref="GateResponse"/>; severity is info, warn or critical.</summary>
public sealed record GateFinding
{
    public required string RuleId { get; init; }

    public required string Severity { get; init; }

    public required string Message { get; init; }

    public string? File { get; init; }

    public int? Line { get; init; }

    public string? Evidence { get; init; }
}

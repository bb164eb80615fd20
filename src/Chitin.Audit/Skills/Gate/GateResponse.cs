namespace Chitin.Audit.Skills.Gate;

/// <summary>OpenClaw's <c>security.installPolicy</c> response: <c>{protocolVersion: 1, decision, reason?, findings?}</c>.</summary>
public sealed record GateResponse
{
    public int ProtocolVersion { get; init; } = 1;

    /// <summary>allow, warn or block.</summary>
    public required string Decision { get; init; }

    /// <summary>Required (non-empty) for warn and block; at most 1,000 characters.</summary>
    public string? Reason { get; init; }

    public IReadOnlyList<GateFinding>? Findings { get; init; }
}

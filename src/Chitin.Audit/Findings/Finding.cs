namespace Chitin.Audit.Findings;

/// <summary>One result of one check. Built by checks with <see cref="CheckInfo.Find"/>.</summary>
public sealed record Finding
{
    public required string Id { get; init; }

    public required Layer Layer { get; init; }

    public required Severity Severity { get; init; }

    public required string Title { get; init; }

    /// <summary>What exactly was seen (no secret values).</summary>
    public required string Detail { get; init; }

    public required Evidence Evidence { get; init; }

    public required string Remediation { get; init; }

    /// <summary>The OpenClaw <c>security audit</c> checkId this finding matches, when it matches one.</summary>
    public string? OpenClawCheckId { get; init; }

    /// <summary>Set when an OpenClaw <c>security.audit.suppressions</c> entry would hide this finding from OpenClaw's own audit.</summary>
    public bool SuppressedByOpenClaw { get; init; }
}

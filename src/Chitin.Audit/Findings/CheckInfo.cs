namespace Chitin.Audit.Findings;

/// <summary>
/// The stable description of a check: its ID never changes or gets reused. <see cref="OpenClawCheckIds"/>
/// lists the OpenClaw checkId families this check covers (may hold placeholders such as
/// <c>tools.elevated.allowFrom.&lt;provider&gt;.wildcard</c>).
/// </summary>
public sealed record CheckInfo
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required Layer Layer { get; init; }

    public required Severity DefaultSeverity { get; init; }

    /// <summary>Why this matters, one or two sentences.</summary>
    public required string Description { get; init; }

    public required string Remediation { get; init; }

    public IReadOnlyList<string> OpenClawCheckIds { get; init; } = [];

    /// <summary>Builds a finding of this check with the check's defaults.</summary>
    public Finding Find(string detail, Evidence evidence, Severity? severity = null, string? openClawCheckId = null, string? title = null, string? remediation = null) => new()
    {
        Id = Id,
        Layer = Layer,
        Severity = severity ?? DefaultSeverity,
        Title = title ?? Title,
        Detail = detail,
        Evidence = evidence,
        Remediation = remediation ?? Remediation,
        OpenClawCheckId = openClawCheckId ?? (OpenClawCheckIds.Count == 1 && !OpenClawCheckIds[0].Contains('<', StringComparison.Ordinal) ? OpenClawCheckIds[0] : null),
    };
}

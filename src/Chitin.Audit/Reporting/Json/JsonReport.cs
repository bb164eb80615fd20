namespace Chitin.Audit.Reporting.Json;

/// <summary>
/// The <c>--format json</c> wire model, documented in <c>docs/report-schema.md</c> and
/// <c>docs/report-schema.json</c>. Property order here is the order on the wire; null members are omitted.
/// Adding an optional member is compatible; renaming or removing one bumps <see cref="SchemaVersion"/>.
/// </summary>
public sealed record JsonReport
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required ToolEntry Tool { get; init; }

    public required string CatalogVersion { get; init; }

    /// <summary>ISO 8601 UTC, e.g. <c>2026-11-02T10:15:00Z</c>.</summary>
    public required string GeneratedAt { get; init; }

    public required TargetEntry Target { get; init; }

    /// <summary>0–100, 100 when nothing above info was found.</summary>
    public required int Score { get; init; }

    /// <summary>A–F; see <see cref="ReportText.Grade(Findings.AuditReport)"/>.</summary>
    public required string Grade { get; init; }

    public required int ChecksRun { get; init; }

    public required CountsEntry Summary { get; init; }

    /// <summary>Every layer, in a fixed order, including those without findings.</summary>
    public required IReadOnlyList<LayerEntry> Layers { get; init; }

    public required IReadOnlyList<FindingEntry> Findings { get; init; }

    public required IReadOnlyList<NoteEntry> Notes { get; init; }

    public required IReadOnlyList<string> RuleSets { get; init; }

    public sealed record ToolEntry
    {
        public required string Name { get; init; }

        public required string Version { get; init; }
    }

    public sealed record TargetEntry
    {
        public required string StateDir { get; init; }

        public required string ConfigPath { get; init; }

        public string? OpenclawVersion { get; init; }
    }

    public sealed record CountsEntry
    {
        public required int Critical { get; init; }

        public required int High { get; init; }

        public required int Medium { get; init; }

        public required int Low { get; init; }

        public required int Info { get; init; }

        public required int Total { get; init; }
    }

    public sealed record LayerEntry
    {
        /// <summary>Wire name: network, access, exec, mcp, supply-chain, identity, container.</summary>
        public required string Layer { get; init; }

        public required string Title { get; init; }

        public required int Score { get; init; }

        public required CountsEntry Counts { get; init; }
    }

    public sealed record FindingEntry
    {
        public required string Id { get; init; }

        public required string Layer { get; init; }

        /// <summary>critical, high, medium, low or info.</summary>
        public required string Severity { get; init; }

        public required string Title { get; init; }

        public required string Detail { get; init; }

        public string? OpenclawCheckId { get; init; }

        /// <summary>Omitted when the finding has no evidence at all.</summary>
        public EvidenceEntry? Evidence { get; init; }

        public required string Remediation { get; init; }

        public required bool SuppressedByOpenClaw { get; init; }
    }

    public sealed record EvidenceEntry
    {
        public string? File { get; init; }

        public int? Line { get; init; }

        public int? Column { get; init; }

        public string? JsonPath { get; init; }

        public string? ContainerField { get; init; }

        /// <summary>Already redacted by the check; safe to print.</summary>
        public string? Value { get; init; }
    }

    public sealed record NoteEntry
    {
        /// <summary>The part of the install the loader was reading (e.g. <c>config</c>, <c>skills</c>).</summary>
        public required string Part { get; init; }

        public required string Message { get; init; }

        public string? Path { get; init; }

        public int? Line { get; init; }

        public int? Column { get; init; }

        public required bool Error { get; init; }
    }
}

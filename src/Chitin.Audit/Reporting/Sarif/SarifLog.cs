using System.Text.Json.Serialization;

namespace Chitin.Audit.Reporting.Sarif;

/// <summary>
/// The subset of the SARIF 2.1.0 object model Chitin writes. Property order here is the order on the
/// wire; null members are omitted.
/// </summary>
internal sealed record SarifLog
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    [JsonPropertyName("$schema")]
    public string Schema { get; init; } = SchemaUri;

    public string Version { get; init; } = "2.1.0";

    public required IReadOnlyList<Run> Runs { get; init; }

    public sealed record Run
    {
        public required Tool Tool { get; init; }

        public required IReadOnlyList<Invocation> Invocations { get; init; }

        public IReadOnlyDictionary<string, ArtifactLocation>? OriginalUriBaseIds { get; init; }

        public required IReadOnlyList<Result> Results { get; init; }

        /// <summary>Chitin columns count UTF-16 code units from 1.</summary>
        public string ColumnKind { get; init; } = "utf16CodeUnits";

        public RunProperties? Properties { get; init; }
    }

    public sealed record Tool
    {
        public required ToolComponent Driver { get; init; }
    }

    public sealed record ToolComponent
    {
        public required string Name { get; init; }

        public string? FullName { get; init; }

        public required string Version { get; init; }

        public string? SemanticVersion { get; init; }

        public string? InformationUri { get; init; }

        public required IReadOnlyList<ReportingDescriptor> Rules { get; init; }
    }

    public sealed record ReportingDescriptor
    {
        public required string Id { get; init; }

        public required string Name { get; init; }

        public required Message ShortDescription { get; init; }

        public required Message FullDescription { get; init; }

        public required MultiformatMessage Help { get; init; }

        public string? HelpUri { get; init; }

        public required ReportingConfiguration DefaultConfiguration { get; init; }

        public required RuleProperties Properties { get; init; }
    }

    public sealed record ReportingConfiguration
    {
        public required string Level { get; init; }
    }

    public sealed record RuleProperties
    {
        public required string Layer { get; init; }

        public required IReadOnlyList<string> OpenclawCheckIds { get; init; }

        /// <summary>GitHub code scanning reads this (0.1–10) to rank security alerts.</summary>
        [JsonPropertyName("security-severity")]
        public string? SecuritySeverity { get; init; }

        public required IReadOnlyList<string> Tags { get; init; }
    }

    public sealed record Message
    {
        public required string Text { get; init; }
    }

    public sealed record MultiformatMessage
    {
        public required string Text { get; init; }

        public string? Markdown { get; init; }
    }

    public sealed record Result
    {
        public required string RuleId { get; init; }

        public required int RuleIndex { get; init; }

        public required string Level { get; init; }

        public required Message Message { get; init; }

        public IReadOnlyList<Location>? Locations { get; init; }

        public IReadOnlyDictionary<string, string>? PartialFingerprints { get; init; }

        public required ResultProperties Properties { get; init; }
    }

    public sealed record ResultProperties
    {
        public required string Severity { get; init; }

        public required string Layer { get; init; }

        public required string Title { get; init; }

        public string? OpenclawCheckId { get; init; }

        public string? EvidenceValue { get; init; }

        public string? Remediation { get; init; }

        /// <summary>Present (true) only when an OpenClaw suppression would hide this from OpenClaw's own audit.</summary>
        public bool? SuppressedByOpenClaw { get; init; }
    }

    public sealed record Location
    {
        public PhysicalLocation? PhysicalLocation { get; init; }

        public IReadOnlyList<LogicalLocation>? LogicalLocations { get; init; }
    }

    public sealed record PhysicalLocation
    {
        public required ArtifactLocation ArtifactLocation { get; init; }

        public Region? Region { get; init; }
    }

    public sealed record ArtifactLocation
    {
        public required string Uri { get; init; }

        public string? UriBaseId { get; init; }

        public Message? Description { get; init; }
    }

    public sealed record Region
    {
        public required int StartLine { get; init; }

        public int? StartColumn { get; init; }
    }

    public sealed record LogicalLocation
    {
        public string? Name { get; init; }

        public required string FullyQualifiedName { get; init; }

        public required string Kind { get; init; }
    }

    public sealed record Invocation
    {
        public required bool ExecutionSuccessful { get; init; }

        public string? EndTimeUtc { get; init; }

        public IReadOnlyList<Notification>? ToolExecutionNotifications { get; init; }
    }

    public sealed record Notification
    {
        public required string Level { get; init; }

        public required Message Message { get; init; }

        public IReadOnlyList<Location>? Locations { get; init; }

        public NotificationProperties? Properties { get; init; }
    }

    public sealed record NotificationProperties
    {
        public required string Part { get; init; }
    }

    public sealed record RunProperties
    {
        public required string CatalogVersion { get; init; }

        public required int Score { get; init; }

        public required string Grade { get; init; }

        public required int ChecksRun { get; init; }

        public required string ConfigPath { get; init; }

        public string? OpenclawVersion { get; init; }

        public required IReadOnlyList<string> RuleSets { get; init; }
    }
}

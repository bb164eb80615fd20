namespace Chitin.Audit.Skills.Reporting;

/// <summary>The <c>chitin skills scan --format json</c> document. Field names are the contract (camelCase).</summary>
public sealed record SkillReport
{
    public string Tool { get; init; } = "chitin";

    public required string Version { get; init; }

    public required string GeneratedAt { get; init; }

    /// <summary>Every rule and IOC set used, e.g. <c>rules/skills@2026.11.1+3fa9c2d1</c>, <c>iocs/builtin/clawhavoc@2026.11.1</c>.</summary>
    public required IReadOnlyList<string> RuleSets { get; init; }

    public required IReadOnlyList<IocSetInfo> IocSets { get; init; }

    public required IReadOnlyList<SkillEntry> Skills { get; init; }

    public required SkillSummary Summary { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];

    public sealed record IocSetInfo(string Name, string Version, string Origin, int Entries, string? Sha256);

    public sealed record SkillEntry
    {
        public required string Path { get; init; }

        public required string Name { get; init; }

        public required string Kind { get; init; }

        public required string Location { get; init; }

        public required string Verdict { get; init; }

        public required IReadOnlyList<string> Reasons { get; init; }

        public required int Files { get; init; }

        public required long Bytes { get; init; }

        public required IReadOnlyList<FindingEntry> Findings { get; init; }

        public required IReadOnlyList<string> Notes { get; init; }
    }

    public sealed record FindingEntry
    {
        public required string RuleId { get; init; }

        public required string Family { get; init; }

        public required string Severity { get; init; }

        public required string Title { get; init; }

        public string? File { get; init; }

        public int? Line { get; init; }

        public string? Excerpt { get; init; }

        public required string Why { get; init; }

        public string? Layer { get; init; }

        public string? Context { get; init; }
    }

    public sealed record SkillSummary(int Skills, int Clean, int Suspicious, int Malicious, int Files, long Bytes);
}

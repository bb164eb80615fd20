using Chitin.Audit.Findings;

namespace Chitin.Audit.Skills;

/// <summary>
/// One rule hit in one skill. <see cref="Excerpt"/> is short and redacted (secrets shown by length only,
/// long encoded blobs shortened, invisible characters escaped).
/// </summary>
public sealed record SkillFinding
{
    public required string RuleId { get; init; }

    public required string Family { get; init; }

    /// <summary>Severity after context (host class, quoting, reference files, negation).</summary>
    public required Severity Severity { get; init; }

    public required string Title { get; init; }

    /// <summary>Why it matters, for people.</summary>
    public required string Why { get; init; }

    /// <summary>Path relative to the skill root (archive entries as <c>a.zip!/x/SKILL.md</c>); null for skill-level findings.</summary>
    public string? File { get; init; }

    public int? Line { get; init; }

    public string? Excerpt { get; init; }

    /// <summary>Set when the text was found after decoding, e.g. <c>base64</c> or <c>base64 &gt; url</c>.</summary>
    public string? Layer { get; init; }

    /// <summary>Why the severity was lowered, when it was (e.g. "quoted in a table", "reference file").</summary>
    public string? Context { get; init; }

    /// <summary>Severity before context lowered it.</summary>
    public Severity? RuleSeverity { get; init; }
}

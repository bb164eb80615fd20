using System.Buffers;
using System.Text.RegularExpressions;
using Chitin.Audit.Findings;

namespace Chitin.Audit.Skills.Rules;

/// <summary>A compiled detection rule. Immutable and shared by every scan thread.</summary>
public sealed class SkillRule
{
    public required string Id { get; init; }

    public required string Family { get; init; }

    public required string Title { get; init; }

    public required Severity Severity { get; init; }

    public required string Why { get; init; }

    public FileClass Files { get; init; }

    /// <summary>True for detectors implemented in code (no patterns).</summary>
    public bool IsCode { get; init; }

    public IReadOnlyList<Regex> Patterns { get; init; } = [];

    public Regex? Unless { get; init; }

    /// <summary>Literal hints; null means the patterns always run.</summary>
    public SearchValues<string>? Hints { get; init; }

    public IReadOnlyDictionary<HostClass, Severity>? HostSeverity { get; init; }

    public bool Demotable { get; init; } = true;

    public string ExampleFile { get; init; } = "SKILL.md";

    public IReadOnlyList<string> MustMatch { get; init; } = [];

    public IReadOnlyList<string> MustNotMatch { get; init; } = [];

    /// <summary>Cheap pre-check: false when none of the hints occurs, so the regexes cannot match.</summary>
    public bool MayMatch(ReadOnlySpan<char> text) => Hints is null || text.ContainsAny(Hints);

    public bool Reads(FileClass file) => Files == FileClass.Any || Files == file;
}

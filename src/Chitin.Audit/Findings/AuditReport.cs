using Chitin.Audit.Install;

namespace Chitin.Audit.Findings;

/// <summary>The finished result of one audit. Report writers see only this.</summary>
public sealed record AuditReport
{
    public required string ToolVersion { get; init; }

    public required string CatalogVersion { get; init; }

    public required DateTimeOffset GeneratedAt { get; init; }

    public required string StateDir { get; init; }

    public required string ConfigPath { get; init; }

    public string? OpenClawVersion { get; init; }

    /// <summary>Sorted: severity (most severe first), then layer, then ID.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    public IReadOnlyList<LoadNote> Notes { get; init; } = [];

    /// <summary>Versions of the rule and IOC sets used, e.g. "iocs/builtin@2026.11.1".</summary>
    public IReadOnlyList<string> RuleSets { get; init; } = [];

    public int ChecksRun { get; init; }

    public int Count(Severity s) => Findings.Count(f => f.Severity == s);

    /// <summary>0–100; 100 means nothing above info was found. Weights: critical 25, high 10, medium 4, low 1.</summary>
    public int Score => ScoreOf(Findings);

    public int LayerScore(Layer layer) => ScoreOf(Findings.Where(f => f.Layer == layer));

    public static int ScoreOf(IEnumerable<Finding> findings)
    {
        var penalty = 0;
        foreach (var f in findings)
        {
            penalty += f.Severity switch
            {
                Severity.Critical => 25,
                Severity.High => 10,
                Severity.Medium => 4,
                Severity.Low => 1,
                _ => 0,
            };
        }

        return Math.Max(0, 100 - penalty);
    }

    public bool AnyAtOrAbove(Severity threshold) => Findings.Any(f => f.Severity >= threshold);
}

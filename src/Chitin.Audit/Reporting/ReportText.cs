using Chitin.Audit.Findings;

namespace Chitin.Audit.Reporting;

/// <summary>Small renderings shared by the writers and the CLI's terminal table.</summary>
public static class ReportText
{
    /// <summary>Letter grade for a 0–100 score: A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 60, else F.</summary>
    public static string Grade(int score) => score switch
    {
        >= 90 => "A",
        >= 80 => "B",
        >= 70 => "C",
        >= 60 => "D",
        _ => "F",
    };

    /// <summary>
    /// Letter grade of a set of findings: the score's grade, but no better than D when any finding is
    /// critical and no better than C when any is high, so one open door never reads as a good mark.
    /// </summary>
    public static string Grade(IEnumerable<Finding> findings)
    {
        var list = findings as IReadOnlyCollection<Finding> ?? [.. findings];
        var grade = Grade(AuditReport.ScoreOf(list));
        var cap = list.Any(f => f.Severity == Severity.Critical) ? "D"
            : list.Any(f => f.Severity == Severity.High) ? "C"
            : "A";
        return string.CompareOrdinal(grade, cap) >= 0 ? grade : cap;
    }

    /// <summary>The overall grade of a report (see <see cref="Grade(IEnumerable{Finding})"/>).</summary>
    public static string Grade(AuditReport report) => Grade(report.Findings);

    /// <summary>The grade of one layer.</summary>
    public static string Grade(AuditReport report, Layer layer) => Grade(report.Findings.Where(f => f.Layer == layer));

    /// <summary>"Critical", "High", … for people.</summary>
    public static string Label(Severity severity) => severity switch
    {
        Severity.Critical => "Critical",
        Severity.High => "High",
        Severity.Medium => "Medium",
        Severity.Low => "Low",
        _ => "Info",
    };

    /// <summary>
    /// A path as people want to read it: relative to the state directory when it lies inside it,
    /// otherwise unchanged.
    /// </summary>
    public static string DisplayPath(string file, string? stateDir)
    {
        if (string.IsNullOrEmpty(stateDir) || !Path.IsPathFullyQualified(file))
        {
            return file;
        }

        var root = Path.TrimEndingDirectorySeparator(stateDir);
        var inside = file.Length > root.Length + 1
            && file.StartsWith(root, StringComparison.Ordinal)
            && (file[root.Length] == '/' || file[root.Length] == Path.DirectorySeparatorChar);
        return inside ? file[(root.Length + 1)..] : file;
    }

    /// <summary>"openclaw.json:12:5" (path shortened by <see cref="DisplayPath"/>), or null without a file.</summary>
    public static string? Location(Evidence evidence, string? stateDir)
    {
        if (evidence.File is null)
        {
            return null;
        }

        var path = DisplayPath(evidence.File, stateDir);
        return evidence.Line switch
        {
            { } line when evidence.Column is { } column => $"{path}:{line}:{column}",
            { } line => $"{path}:{line}",
            _ => path,
        };
    }

    /// <summary>
    /// One-line evidence for tables: <c>openclaw.json:12:5 gateway.bind = "lan"</c>; empty when the finding has none.
    /// </summary>
    public static string ShortEvidence(Evidence evidence, string? stateDir)
    {
        var parts = new List<string>(4);
        if (Location(evidence, stateDir) is { } location)
        {
            parts.Add(location);
        }

        if (evidence.JsonPath is { Length: > 0 } path)
        {
            parts.Add(path);
        }

        if (evidence.ContainerField is { Length: > 0 } field)
        {
            parts.Add(field);
        }

        if (evidence.Value is not null)
        {
            parts.Add("= " + evidence.Value);
        }

        return string.Join(' ', parts);
    }

    /// <summary>True when the evidence says nothing at all.</summary>
    public static bool IsEmpty(Evidence evidence) =>
        evidence.File is null && evidence.Line is null && evidence.Column is null && evidence.JsonPath is null
        && evidence.ContainerField is null && evidence.Value is null;

    /// <summary>"2 critical, 1 high, 3 medium" (severities with no findings left out), or "no findings".</summary>
    public static string CountsLine(AuditReport report)
    {
        var parts = ReportOrder.Severities
            .Select(s => (Severity: s, Count: report.Count(s)))
            .Where(x => x.Count > 0)
            .Select(x => $"{x.Count} {x.Severity.Wire()}")
            .ToList();
        return parts.Count == 0 ? "no findings" : string.Join(", ", parts);
    }

    /// <summary>ISO 8601 UTC with a trailing Z, fractions only when present: <c>2026-11-02T10:15:00Z</c>.</summary>
    public static string Timestamp(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", System.Globalization.CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Chitin.Audit.Checks;
using Chitin.Audit.Findings;

namespace Chitin.Audit.Skills.Reporting;

/// <summary>Builds and writes skill reports; a writer never re-scans.</summary>
public static class SkillReports
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static SkillReport Build(IReadOnlyList<SkillScanResult> results, SkillScanner scanner, DateTimeOffset generatedAt, IReadOnlyList<string>? notes = null) => new()
    {
        Version = AuditEngine.ToolVersion,
        GeneratedAt = generatedAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        RuleSets = scanner.RuleSets,
        IocSets = [.. scanner.Iocs.Sets.Select(s => new SkillReport.IocSetInfo(s.Name, s.Version, s.Origin, s.Entries.Count, s.Sha256))],
        Skills = [.. results.Select(Entry)],
        Summary = new SkillReport.SkillSummary(
            results.Count,
            results.Count(r => r.Verdict == SkillVerdict.Clean),
            results.Count(r => r.Verdict == SkillVerdict.Suspicious),
            results.Count(r => r.Verdict == SkillVerdict.Malicious),
            results.Sum(r => r.FilesScanned),
            results.Sum(r => r.BytesScanned)),
        Notes = notes ?? [],
    };

    public static void WriteJson(SkillReport report, Stream output)
    {
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            JsonSerializer.Serialize(writer, report, SkillReportJsonContext.Default.SkillReport);
        }

        output.WriteByte((byte)'\n');
        output.Flush();
    }

    public static string Wire(this SkillVerdict verdict) => verdict switch
    {
        SkillVerdict.Malicious => "malicious",
        SkillVerdict.Suspicious => "suspicious",
        _ => "clean",
    };

    /// <summary>The severity a verdict counts as for --fail-on: malicious critical, suspicious medium, clean info.</summary>
    public static Severity AsSeverity(this SkillVerdict verdict) => verdict switch
    {
        SkillVerdict.Malicious => Severity.Critical,
        SkillVerdict.Suspicious => Severity.Medium,
        _ => Severity.Info,
    };

    private static SkillReport.SkillEntry Entry(SkillScanResult r) => new()
    {
        Path = r.Path,
        Name = r.Name,
        Kind = r.Kind,
        Location = r.Location,
        Verdict = r.Verdict.Wire(),
        Reasons = r.Reasons,
        Files = r.FilesScanned,
        Bytes = r.BytesScanned,
        Findings = [.. r.Findings.Select(f => new SkillReport.FindingEntry
        {
            RuleId = f.RuleId,
            Family = f.Family,
            Severity = f.Severity.Wire(),
            Title = f.Title,
            File = f.File,
            Line = f.Line,
            Excerpt = f.Excerpt,
            Why = f.Why,
            Layer = f.Layer,
            Context = f.Context,
        })],
        Notes = r.Notes,
    };
}

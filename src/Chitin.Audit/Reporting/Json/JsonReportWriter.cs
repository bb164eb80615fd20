using System.Text.Encodings.Web;
using System.Text.Json;
using Chitin.Audit.Findings;

namespace Chitin.Audit.Reporting.Json;

/// <summary><c>--format json</c>: the documented machine-readable report (docs/report-schema.md).</summary>
internal sealed class JsonReportWriter : IReportWriter
{
    // A report file is not embedded in HTML, so "<redacted: 32 chars>" may stay readable instead of \u003C-escaped.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Format => "json";

    public void Write(AuditReport report, Stream output)
    {
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            JsonSerializer.Serialize(writer, Map(report), JsonReportContext.Default.JsonReport);
        }

        output.WriteByte((byte)'\n');
        output.Flush();
    }

    public static JsonReport Map(AuditReport report) => new()
    {
        Tool = new JsonReport.ToolEntry { Name = "chitin", Version = report.ToolVersion },
        CatalogVersion = report.CatalogVersion,
        GeneratedAt = ReportText.Timestamp(report.GeneratedAt),
        Target = new JsonReport.TargetEntry
        {
            StateDir = report.StateDir,
            ConfigPath = report.ConfigPath,
            OpenclawVersion = report.OpenClawVersion,
        },
        Score = report.Score,
        Grade = ReportText.Grade(report),
        ChecksRun = report.ChecksRun,
        Summary = Counts(report.Findings),
        Layers =
        [
            .. ReportOrder.Layers.Select(layer => new JsonReport.LayerEntry
            {
                Layer = layer.Wire(),
                Title = layer.Title(),
                Score = report.LayerScore(layer),
                Counts = Counts(report.Findings.Where(f => f.Layer == layer)),
            }),
        ],
        Findings = [.. ReportOrder.Findings(report.Findings).Select(MapFinding)],
        Notes =
        [
            .. report.Notes.Select(n => new JsonReport.NoteEntry
            {
                Part = n.Part,
                Message = n.Message,
                Path = n.Path,
                Line = n.Line,
                Column = n.Column,
                Error = n.Error,
            }),
        ],
        RuleSets = [.. report.RuleSets.Order(StringComparer.Ordinal)],
    };

    private static JsonReport.FindingEntry MapFinding(Finding f) => new()
    {
        Id = f.Id,
        Layer = f.Layer.Wire(),
        Severity = f.Severity.Wire(),
        Title = f.Title,
        Detail = f.Detail,
        OpenclawCheckId = f.OpenClawCheckId,
        Evidence = ReportText.IsEmpty(f.Evidence) ? null : new JsonReport.EvidenceEntry
        {
            File = f.Evidence.File,
            Line = f.Evidence.Line,
            Column = f.Evidence.Column,
            JsonPath = f.Evidence.JsonPath,
            ContainerField = f.Evidence.ContainerField,
            Value = f.Evidence.Value,
        },
        Remediation = f.Remediation,
        SuppressedByOpenClaw = f.SuppressedByOpenClaw,
    };

    private static JsonReport.CountsEntry Counts(IEnumerable<Finding> findings)
    {
        var list = findings as IReadOnlyCollection<Finding> ?? [.. findings];
        return new JsonReport.CountsEntry
        {
            Critical = list.Count(f => f.Severity == Severity.Critical),
            High = list.Count(f => f.Severity == Severity.High),
            Medium = list.Count(f => f.Severity == Severity.Medium),
            Low = list.Count(f => f.Severity == Severity.Low),
            Info = list.Count(f => f.Severity == Severity.Info),
            Total = list.Count,
        };
    }
}

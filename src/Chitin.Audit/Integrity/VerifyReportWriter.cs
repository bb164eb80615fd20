using System.Text.Encodings.Web;
using System.Text.Json;
using Chitin.Audit.Findings;
using Chitin.Audit.Reporting.Sarif;

namespace Chitin.Audit.Integrity;

/// <summary>Machine-readable output of a verify: JSON (<c>changes[]</c> with path, change, severity) and SARIF 2.1.0.</summary>
internal static class VerifyReportWriter
{
    public const string RuleId = "CHI-IDS-111";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static VerifyReportJson ToJson(VerifyResult r) => new()
    {
        StateDir = r.StateDir,
        Baseline = r.BaselineFile,
        BaselineRecordedAt = r.BaselineCreatedAt,
        BaselineUpdatedAt = r.BaselineUpdatedAt,
        Full = r.Full,
        ElapsedMs = (long)r.Elapsed.TotalMilliseconds,
        EntriesChecked = r.EntriesChecked,
        FilesHashed = r.FilesHashed,
        BytesHashed = r.BytesHashed,
        RowsChecked = r.RowsChecked,
        Summary = Enum.GetValues<Severity>().Reverse().ToDictionary(s => s.Wire(), s => r.Changes.Count(c => c.Severity == s), StringComparer.Ordinal),
        Changes = [.. r.Changes.Select(c => new VerifyReportJson.ChangeJson
        {
            Path = c.Path,
            Change = c.Change,
            Severity = c.Severity.Wire(),
            Key = c.Key,
            Detail = c.Detail,
            Before = c.Before,
            After = c.After,
        })],
        Notes = r.Notes,
    };

    public static void WriteJson(VerifyResult result, Stream output)
    {
        using var w = new Utf8JsonWriter(output, Options);
        JsonSerializer.Serialize(w, ToJson(result), IntegrityJsonContext.Default.VerifyReportJson);
        w.Flush();
        output.WriteByte((byte)'\n');
    }

    public static void WriteSarif(VerifyResult result, Stream output, string version)
    {
        var rule = new SarifLog.ReportingDescriptor
        {
            Id = RuleId,
            Name = "IntegrityDrift",
            ShortDescription = new SarifLog.Message { Text = "Identity, persona or config changed since the baseline" },
            FullDescription = new SarifLog.Message { Text = "A file or state-database row covered by the signed Chitin baseline was added, removed, modified, or changed mode or owner." },
            Help = new SarifLog.MultiformatMessage
            {
                Text = "Review the change; revert it, or accept it with 'chitin baseline accept PATH --reason TEXT'.",
                Markdown = "Review the change; revert it, or accept it with `chitin baseline accept PATH --reason TEXT`. See `docs/integrity.md`.",
            },
            DefaultConfiguration = new SarifLog.ReportingConfiguration { Level = "error" },
            Properties = new SarifLog.RuleProperties { Layer = "identity", OpenclawCheckIds = [], Tags = ["security", "openclaw", "integrity"] },
        };
        var results = result.Changes.Select(c => new SarifLog.Result
        {
            RuleId = RuleId,
            RuleIndex = 0,
            Level = SarifReportWriter.Level(c.Severity),
            Message = new SarifLog.Message { Text = $"{c.Path}: {c.Change}: {c.Detail}" },
            Locations = [Location(c.Path)],
            PartialFingerprints = new Dictionary<string, string>(StringComparer.Ordinal) { ["chitinIntegrity/v1"] = c.Path + "|" + c.Change },
            Properties = new SarifLog.ResultProperties { Severity = c.Severity.Wire(), Layer = "identity", Title = c.Change, EvidenceValue = c.After },
        }).ToList();
        var log = new SarifLog
        {
            Runs =
            [
                new SarifLog.Run
                {
                    Tool = new SarifLog.Tool { Driver = new SarifLog.ToolComponent { Name = "chitin", FullName = "Chitin integrity verify", Version = version, SemanticVersion = version, Rules = [rule] } },
                    Invocations = [new SarifLog.Invocation { ExecutionSuccessful = true }],
                    Results = results,
                },
            ],
        };
        using var w = new Utf8JsonWriter(output, Options);
        JsonSerializer.Serialize(w, log, SarifContext.Default.SarifLog);
        w.Flush();
        output.WriteByte((byte)'\n');
    }

    private static SarifLog.Location Location(string path)
    {
        var hash = path.IndexOf('#', StringComparison.Ordinal);
        var file = hash < 0 ? path : path[..hash];
        return new SarifLog.Location
        {
            PhysicalLocation = new SarifLog.PhysicalLocation { ArtifactLocation = new SarifLog.ArtifactLocation { Uri = SarifUris.FileUri(file) } },
            LogicalLocations = hash < 0 ? null : [new SarifLog.LogicalLocation { FullyQualifiedName = path[(hash + 1)..], Kind = "member" }],
        };
    }
}

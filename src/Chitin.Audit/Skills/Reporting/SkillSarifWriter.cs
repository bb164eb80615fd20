using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Chitin.Audit.Findings;
using Chitin.Audit.Reporting;
using Chitin.Audit.Reporting.Sarif;

namespace Chitin.Audit.Skills.Reporting;

/// <summary>
/// <c>chitin skills scan --format sarif</c>: SARIF 2.1.0 with one rule per skill rule in the catalog and one result
/// per finding at low or above, plus one <c>SKL-VERDICT</c> result per suspicious or malicious skill.
/// </summary>
public static class SkillSarifWriter
{
    public const string VerdictRuleId = "SKL-VERDICT";

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(IReadOnlyList<SkillScanResult> results, SkillScanner scanner, DateTimeOffset generatedAt, Stream output)
    {
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            JsonSerializer.Serialize(writer, Map(results, scanner, generatedAt), SarifContext.Default.SarifLog);
        }

        output.WriteByte((byte)'\n');
        output.Flush();
    }

    internal static SarifLog Map(IReadOnlyList<SkillScanResult> results, SkillScanner scanner, DateTimeOffset generatedAt)
    {
        var catalog = scanner.Catalog;
        var rules = new List<SarifLog.ReportingDescriptor> { Descriptor(VerdictRuleId, "Skill verdict", "The scanner's verdict for a skill: suspicious or malicious, with the reasons.", Severity.Critical, "verdict") };
        rules.AddRange(catalog.Rules.OrderBy(r => r.Id, StringComparer.Ordinal).Select(r => Descriptor(r.Id, r.Title, r.Why, r.Severity, r.Family)));
        var index = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var sarifResults = new List<SarifLog.Result>();
        foreach (var skill in results)
        {
            if (skill.Verdict != SkillVerdict.Clean)
            {
                var sev = skill.Verdict.AsSeverity();
                sarifResults.Add(Result(VerdictRuleId, index[VerdictRuleId], sev, $"{skill.Kind} \"{skill.Name}\" is {skill.Verdict.Wire()}: {string.Join("; ", skill.Reasons.Take(5))}", skill.Path, null, null, "verdict", skill.Name));
            }

            foreach (var f in skill.Findings.Where(f => f.Severity >= Severity.Low))
            {
                var file = f.File is null ? skill.Path : Path.Combine(skill.Path, f.File.Split("!/")[0]);
                var message = $"{skill.Name}: {f.Title}" + (f.Excerpt is null ? "" : $": {f.Excerpt}") + (f.Context is null ? "" : $" [{f.Context}]") + $". {f.Why}";
                sarifResults.Add(Result(f.RuleId, index.GetValueOrDefault(f.RuleId), f.Severity, message, file, f.File?.Contains("!/", StringComparison.Ordinal) == true ? null : f.Line, f.Excerpt, f.Family, skill.Name));
            }
        }

        var run = new SarifLog.Run
        {
            Tool = new SarifLog.Tool
            {
                Driver = new SarifLog.ToolComponent
                {
                    Name = "chitin-skills",
                    FullName = "Chitin skill supply-chain scanner for OpenClaw",
                    Version = Checks.AuditEngine.ToolVersion,
                    SemanticVersion = Checks.AuditEngine.ToolVersion,
                    Rules = rules,
                },
            },
            Invocations = [new SarifLog.Invocation { ExecutionSuccessful = true, EndTimeUtc = ReportText.Timestamp(generatedAt) }],
            Results = sarifResults,
            Properties = new SarifLog.RunProperties
            {
                CatalogVersion = catalog.Version,
                Score = AuditReport.ScoreOf(results.Where(r => r.Verdict != SkillVerdict.Clean).Select(r => new Finding { Id = VerdictRuleId, Layer = Layer.SupplyChain, Severity = r.Verdict.AsSeverity(), Title = r.Name, Detail = "", Evidence = Evidence.None, Remediation = "" })),
                Grade = "-",
                ChecksRun = catalog.Rules.Count,
                ConfigPath = "",
                RuleSets = [.. scanner.RuleSets.Order(StringComparer.Ordinal)],
            },
        };
        return new SarifLog { Runs = [run] };
    }

    private static SarifLog.ReportingDescriptor Descriptor(string id, string title, string why, Severity severity, string family) => new()
    {
        Id = id,
        Name = string.Concat(title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]).Select(w => new string([.. w.Where(char.IsAsciiLetterOrDigit)]))),
        ShortDescription = new SarifLog.Message { Text = title },
        FullDescription = new SarifLog.Message { Text = why },
        Help = new SarifLog.MultiformatMessage { Text = why + "\n\nSee docs/skills.md.", Markdown = why + "\n\nSee `docs/skills.md`." },
        DefaultConfiguration = new SarifLog.ReportingConfiguration { Level = SarifReportWriter.Level(severity) },
        Properties = new SarifLog.RuleProperties { Layer = Layer.SupplyChain.Wire(), OpenclawCheckIds = [], Tags = ["security", "openclaw", "skills", family] },
    };

    private static SarifLog.Result Result(string ruleId, int ruleIndex, Severity severity, string message, string file, int? line, string? excerpt, string family, string skill) => new()
    {
        RuleId = ruleId,
        RuleIndex = ruleIndex,
        Level = SarifReportWriter.Level(severity),
        Message = new SarifLog.Message { Text = message },
        Locations =
        [
            new SarifLog.Location
            {
                PhysicalLocation = new SarifLog.PhysicalLocation
                {
                    ArtifactLocation = new SarifLog.ArtifactLocation { Uri = Path.IsPathFullyQualified(file) ? SarifUris.FileUri(file) : SarifUris.Relative(file) },
                    Region = line is >= 1 ? new SarifLog.Region { StartLine = line.Value } : null,
                },
            },
        ],
        PartialFingerprints = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["chitinSkillFinding/v1"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', ruleId, skill, file, excerpt))))[..32],
        },
        Properties = new SarifLog.ResultProperties { Severity = severity.Wire(), Layer = family, Title = skill, EvidenceValue = excerpt },
    };
}

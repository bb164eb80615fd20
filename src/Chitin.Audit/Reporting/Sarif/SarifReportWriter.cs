using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Chitin.Audit.Checks;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Reporting.Sarif;

/// <summary>
/// <c>--format sarif</c>: SARIF 2.1.0 for code-scanning dashboards. One rule per check in the catalog
/// (plus any finding ID the catalog lacks), one result per finding.
/// </summary>
internal sealed class SarifReportWriter : IReportWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly IReadOnlyList<CheckInfo> catalog;
    private readonly string? helpBase;

    public SarifReportWriter()
        : this([.. BuiltInChecks.All.Select(c => c.Info)])
    {
    }

    /// <param name="catalog">The checks the audit ran with; each becomes a rule.</param>
    /// <param name="helpBase">
    /// Absolute URI where the <c>docs/checks</c> pages are published; <c>&lt;ID&gt;.md</c> is appended for a
    /// rule's <c>helpUri</c>. Without one, rules carry no <c>helpUri</c> (their help text is complete on its own
    /// and names the page under <c>docs/checks/</c>), so a report never points at an address nobody chose.
    /// </param>
    public SarifReportWriter(IReadOnlyList<CheckInfo> catalog, string? helpBase = null)
    {
        this.catalog = catalog;
        this.helpBase = helpBase;
    }

    public string Format => "sarif";

    public void Write(AuditReport report, Stream output)
    {
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            JsonSerializer.Serialize(writer, Map(report), SarifContext.Default.SarifLog);
        }

        output.WriteByte((byte)'\n');
        output.Flush();
    }

    public SarifLog Map(AuditReport report)
    {
        var findings = ReportOrder.Findings(report.Findings);
        var rules = Rules(findings);
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var hasStateDir = Path.IsPathFullyQualified(report.StateDir);

        var run = new SarifLog.Run
        {
            Tool = new SarifLog.Tool
            {
                Driver = new SarifLog.ToolComponent
                {
                    Name = "chitin",
                    FullName = "Chitin security audit for OpenClaw",
                    Version = report.ToolVersion,
                    SemanticVersion = report.ToolVersion,
                    Rules = rules,
                },
            },
            Invocations =
            [
                new SarifLog.Invocation
                {
                    ExecutionSuccessful = true,
                    EndTimeUtc = ReportText.Timestamp(report.GeneratedAt),
                    ToolExecutionNotifications = report.Notes.Count == 0 ? null : [.. report.Notes.Select(n => Notification(n, report.StateDir))],
                },
            ],
            OriginalUriBaseIds = hasStateDir
                ? new Dictionary<string, SarifLog.ArtifactLocation>(StringComparer.Ordinal)
                {
                    [SarifUris.StateDirBaseId] = new()
                    {
                        Uri = SarifUris.FileUri(report.StateDir, directory: true),
                        Description = new SarifLog.Message { Text = "The OpenClaw state directory that was audited." },
                    },
                }
                : null,
            Results = [.. findings.Select(f => Result(f, ruleIndex[f.Id], report.StateDir))],
            Properties = new SarifLog.RunProperties
            {
                CatalogVersion = report.CatalogVersion,
                Score = report.Score,
                Grade = ReportText.Grade(report),
                ChecksRun = report.ChecksRun,
                ConfigPath = report.ConfigPath,
                OpenclawVersion = report.OpenClawVersion,
                RuleSets = [.. report.RuleSets.Order(StringComparer.Ordinal)],
            },
        };

        return new SarifLog { Runs = [run] };
    }

    /// <summary>SARIF level: critical and high are errors, medium a warning, low and info notes.</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Critical or Severity.High => "error",
        Severity.Medium => "warning",
        _ => "note",
    };

    private static string? SecuritySeverity(Severity severity) => severity switch
    {
        Severity.Critical => "9.5",
        Severity.High => "8.0",
        Severity.Medium => "5.5",
        Severity.Low => "3.0",
        _ => null,
    };

    private List<SarifLog.ReportingDescriptor> Rules(IReadOnlyList<Finding> findings)
    {
        var known = catalog
            .DistinctBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => Rule(c, hasPage: true, helpBase is null ? null : helpBase + Uri.EscapeDataString(c.Id) + ".md"));

        // A finding whose ID is not in the catalog still needs a rule for its ruleIndex.
        var catalogIds = catalog.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = findings
            .Where(f => !catalogIds.Contains(f.Id))
            .DistinctBy(f => f.Id, StringComparer.Ordinal)
            .Select(f => Rule(
                new CheckInfo
                {
                    Id = f.Id,
                    Title = f.Title,
                    Layer = f.Layer,
                    DefaultSeverity = f.Severity,
                    Description = f.Title,
                    Remediation = f.Remediation,
                },
                hasPage: false,
                helpUri: null));

        return [.. known.Concat(unknown).OrderBy(r => r.Id, StringComparer.Ordinal)];
    }

    private static SarifLog.ReportingDescriptor Rule(CheckInfo check, bool hasPage, string? helpUri)
    {
        var docsPage = $"docs/checks/{check.Id}.md";
        var text = new StringBuilder()
            .Append(check.Description).Append("\n\nFix: ").Append(check.Remediation);
        var markdown = new StringBuilder()
            .Append(Markdown(check.Description)).Append("\n\n**Fix:** ").Append(Markdown(check.Remediation));
        if (check.OpenClawCheckIds.Count > 0)
        {
            text.Append("\n\nOpenClaw security audit checkIds: ").AppendJoin(", ", check.OpenClawCheckIds);
            markdown.Append("\n\nOpenClaw `security audit` checkIds: ").AppendJoin(", ", check.OpenClawCheckIds.Select(id => "`" + id + "`"));
        }

        if (hasPage)
        {
            text.Append("\n\nSee ").Append(docsPage).Append('.');
            markdown.Append(helpUri is null ? "\n\nSee `" + docsPage + "`." : "\n\nSee [" + docsPage + "](" + helpUri + ").");
        }

        return new SarifLog.ReportingDescriptor
        {
            Id = check.Id,
            Name = RuleName(check.Title),
            ShortDescription = new SarifLog.Message { Text = check.Title },
            FullDescription = new SarifLog.Message { Text = check.Description },
            Help = new SarifLog.MultiformatMessage { Text = text.ToString(), Markdown = markdown.ToString() },
            HelpUri = helpUri,
            DefaultConfiguration = new SarifLog.ReportingConfiguration { Level = Level(check.DefaultSeverity) },
            Properties = new SarifLog.RuleProperties
            {
                Layer = check.Layer.Wire(),
                OpenclawCheckIds = check.OpenClawCheckIds,
                SecuritySeverity = SecuritySeverity(check.DefaultSeverity),
                Tags = ["security", "openclaw", check.Layer.Wire()],
            },
        };
    }

    private static SarifLog.Result Result(Finding f, int ruleIndex, string stateDir) => new()
    {
        RuleId = f.Id,
        RuleIndex = ruleIndex,
        Level = Level(f.Severity),
        Message = new SarifLog.Message { Text = f.Detail },
        Locations = Location(f.Evidence.File, f.Evidence.Line, f.Evidence.Column, f.Evidence.JsonPath, f.Evidence.ContainerField, stateDir) is { } location ? [location] : null,
        PartialFingerprints = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["chitinFindingHash/v1"] = Fingerprint(f, stateDir),
        },
        Properties = new SarifLog.ResultProperties
        {
            Severity = f.Severity.Wire(),
            Layer = f.Layer.Wire(),
            Title = f.Title,
            OpenclawCheckId = f.OpenClawCheckId,
            EvidenceValue = f.Evidence.Value,
            Remediation = f.Remediation,
            SuppressedByOpenClaw = f.SuppressedByOpenClaw ? true : null,
        },
    };

    private static SarifLog.Notification Notification(LoadNote note, string stateDir) => new()
    {
        Level = note.Error ? "error" : "warning",
        Message = new SarifLog.Message { Text = note.Message },
        Locations = Location(note.Path, note.Line, note.Column, jsonPath: null, containerField: null, stateDir) is { } location ? [location] : null,
        Properties = new SarifLog.NotificationProperties { Part = note.Part },
    };

    private static SarifLog.Location? Location(string? file, int? line, int? column, string? jsonPath, string? containerField, string stateDir)
    {
        SarifLog.PhysicalLocation? physical = null;
        var logical = new List<SarifLog.LogicalLocation>(2);
        if (file is not null && file.StartsWith("container:", StringComparison.Ordinal))
        {
            // A container is not a file: it becomes a logical location, its inspected field another.
            var container = file["container:".Length..];
            logical.Add(new SarifLog.LogicalLocation { Name = container, FullyQualifiedName = file, Kind = "resource" });
        }
        else if (file is { Length: > 0 })
        {
            physical = new SarifLog.PhysicalLocation
            {
                ArtifactLocation = Artifact(file, stateDir),
                Region = line is >= 1 ? new SarifLog.Region { StartLine = line.Value, StartColumn = column is >= 1 ? column : null } : null,
            };
        }

        if (jsonPath is { Length: > 0 })
        {
            logical.Add(new SarifLog.LogicalLocation { FullyQualifiedName = jsonPath, Kind = "property" });
        }

        if (containerField is { Length: > 0 })
        {
            logical.Add(new SarifLog.LogicalLocation { FullyQualifiedName = containerField, Kind = "property" });
        }

        return physical is null && logical.Count == 0
            ? null
            : new SarifLog.Location { PhysicalLocation = physical, LogicalLocations = logical.Count == 0 ? null : logical };
    }

    private static SarifLog.ArtifactLocation Artifact(string file, string stateDir)
    {
        if (!Path.IsPathFullyQualified(file))
        {
            return new SarifLog.ArtifactLocation { Uri = SarifUris.Relative(file) };
        }

        var relative = ReportText.DisplayPath(file, stateDir);
        return ReferenceEquals(relative, file) || string.Equals(relative, file, StringComparison.Ordinal)
            ? new SarifLog.ArtifactLocation { Uri = SarifUris.FileUri(file) }
            : new SarifLog.ArtifactLocation { Uri = SarifUris.Relative(relative), UriBaseId = SarifUris.StateDirBaseId };
    }

    /// <summary>Stable across runs while the same check flags the same place (line numbers excluded: edits move them).</summary>
    private static string Fingerprint(Finding f, string stateDir)
    {
        var file = f.Evidence.File is null ? string.Empty : ReportText.DisplayPath(f.Evidence.File, stateDir);
        var key = string.Join('\n', f.Id, file, f.Evidence.JsonPath, f.Evidence.ContainerField, f.OpenClawCheckId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
    }

    /// <summary>"Gateway listens beyond loopback" → "GatewayListensBeyondLoopback".</summary>
    private static string RuleName(string title)
    {
        var name = new StringBuilder(title.Length);
        foreach (var word in title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new string([.. word.Where(char.IsAsciiLetterOrDigit)]);
            if (letters.Length > 0)
            {
                name.Append(char.ToUpperInvariant(letters[0])).Append(letters.AsSpan(1));
            }
        }

        return name.Length == 0 ? "Check" : name.ToString();
    }

    // CommonMark backslash escapes for the characters that would start markup in prose.
    private static string Markdown(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}

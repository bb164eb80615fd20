using System.Text.Json;
using Chitin.Audit.Findings;
using Chitin.Audit.Reporting.Json;

namespace Chitin.Audit.Tests.Reporting;

public sealed class JsonReportWriterTests
{
    private static string SchemaPath => Path.Combine(RepoPaths.Root, "docs", "report-schema.json");

    [Fact]
    public void Matches_golden_file() =>
        GoldenFile.Verify("report.json", GoldenFile.Render(new JsonReportWriter(), SampleReport.Build()));

    [Fact]
    public void Output_validates_against_the_documented_schema()
    {
        var schema = JsonSchemaSubset.Load(SchemaPath);
        foreach (var report in new[] { SampleReport.Build(), Empty() })
        {
            using var doc = JsonDocument.Parse(GoldenFile.Render(new JsonReportWriter(), report));
            var errors = schema.Validate(doc.RootElement);
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
    }

    [Fact]
    public void Schema_rejects_what_the_writer_must_not_produce()
    {
        // The schema is strict (no unknown members, enums for layer and severity), so drift shows up.
        var schema = JsonSchemaSubset.Load(SchemaPath);
        var good = GoldenFile.Render(new JsonReportWriter(), SampleReport.Build());
        string[] broken =
        [
            good.Replace("\"severity\": \"critical\"", "\"severity\": \"severe\"", StringComparison.Ordinal),
            good.Replace("\"catalogVersion\"", "\"catalogVersionX\"", StringComparison.Ordinal),
            good.Replace("\"layer\": \"network\"", "\"layer\": \"net\"", StringComparison.Ordinal),
            good.Replace("\"score\": 46", "\"score\": 146", StringComparison.Ordinal),
        ];
        foreach (var text in broken)
        {
            Assert.NotEqual(good, text);
            using var doc = JsonDocument.Parse(text);
            Assert.NotEmpty(schema.Validate(doc.RootElement));
        }
    }

    [Fact]
    public void Every_schema_member_is_described_in_the_prose_page()
    {
        var page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "report-schema.md"));
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        var names = new SortedSet<string>(StringComparer.Ordinal);
        Collect(schema.RootElement, names);
        Assert.NotEmpty(names);
        foreach (var name in names)
        {
            Assert.True(page.Contains($"`{name}`", StringComparison.Ordinal), $"docs/report-schema.md does not mention `{name}`");
        }
    }

    [Fact]
    public void Reads_back_with_the_generated_context()
    {
        var text = GoldenFile.Render(new JsonReportWriter(), SampleReport.Build());
        var back = JsonSerializer.Deserialize(text, JsonReportContext.Default.JsonReport)!;

        Assert.Equal("chitin", back.Tool.Name);
        Assert.Equal("2026-11-02T10:15:00Z", back.GeneratedAt);
        Assert.Equal(7, back.Findings.Count);
        Assert.Equal(7, back.Layers.Count);
        Assert.Equal(new JsonReport.CountsEntry { Critical = 1, High = 2, Medium = 2, Low = 1, Info = 1, Total = 7 }, back.Summary);
        Assert.Equal(["critical", "high", "high", "medium", "medium", "low", "info"], back.Findings.Select(f => f.Severity));
        Assert.Equal(["iocs/builtin@2026.11.1", "skills/builtin@2026.11.1"], back.RuleSets);
        Assert.Equal(SampleReport.Build().Score, back.Score);
        Assert.Equal("F", back.Grade);
    }

    [Fact]
    public void Omits_nulls_and_empty_evidence_but_keeps_false_flags()
    {
        var text = GoldenFile.Render(new JsonReportWriter(), SampleReport.Build());
        using var doc = JsonDocument.Parse(text);
        Assert.DoesNotContain("null", text, StringComparison.Ordinal);

        var info = doc.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "CHI-IDS-900");
        Assert.False(info.TryGetProperty("evidence", out _));
        Assert.False(info.TryGetProperty("openclawCheckId", out _));
        Assert.False(info.GetProperty("suppressedByOpenClaw").GetBoolean());

        var secret = doc.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "CHI-IDS-003");
        Assert.Equal("<redacted: 48 chars>", secret.GetProperty("evidence").GetProperty("value").GetString());
    }

    [Fact]
    public void Report_without_findings_lists_every_layer_at_full_score()
    {
        var back = JsonSerializer.Deserialize(GoldenFile.Render(new JsonReportWriter(), Empty()), JsonReportContext.Default.JsonReport)!;
        Assert.Equal(["network", "access", "exec", "mcp", "supply-chain", "identity", "container"], back.Layers.Select(l => l.Layer));
        Assert.All(back.Layers, l => Assert.Equal(100, l.Score));
        Assert.Equal(100, back.Score);
        Assert.Equal("A", back.Grade);
        Assert.Empty(back.Findings);
        Assert.Null(back.Target.OpenclawVersion);
    }

    internal static AuditReport Empty() => new()
    {
        ToolVersion = "0.1.0",
        CatalogVersion = "2026.11.1",
        GeneratedAt = new DateTimeOffset(2026, 1, 5, 8, 0, 0, 250, TimeSpan.Zero),
        StateDir = "/srv/openclaw",
        ConfigPath = "/srv/openclaw/openclaw.json",
        Findings = [],
    };

    private static void Collect(JsonElement schema, SortedSet<string> names)
    {
        if (schema.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in schema.EnumerateObject())
            {
                if (p.Name == "properties")
                {
                    foreach (var member in p.Value.EnumerateObject())
                    {
                        names.Add(member.Name);
                    }
                }

                Collect(p.Value, names);
            }
        }
        else if (schema.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in schema.EnumerateArray())
            {
                Collect(item, names);
            }
        }
    }
}

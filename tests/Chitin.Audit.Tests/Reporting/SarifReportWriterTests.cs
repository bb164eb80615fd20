using System.Text.Json;
using Chitin.Audit.Findings;
using Chitin.Audit.Reporting.Sarif;

namespace Chitin.Audit.Tests.Reporting;

public sealed class SarifReportWriterTests
{
    private static SarifReportWriter Writer => new(SampleReport.Catalog);

    [Fact]
    public void Matches_golden_file() =>
        GoldenFile.Verify("report.sarif", GoldenFile.Render(Writer, SampleReport.Build()));

    [Fact]
    public void Validates_against_the_official_sarif_2_1_0_schema()
    {
        var schema = JsonSchemaSubset.Load(Path.Combine(RepoPaths.Root, "tests", "Chitin.Audit.Tests", "Reporting", "sarif-schema-2.1.0.json"));
        var reports = new[] { SampleReport.Build(), JsonReportWriterTests.Empty() };
        foreach (var report in reports)
        {
            using var doc = JsonDocument.Parse(GoldenFile.Render(Writer, report));
            var errors = schema.Validate(doc.RootElement);
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }

        // The validator really looks: a wrong level and an unknown member are caught.
        var good = GoldenFile.Render(Writer, SampleReport.Build());
        using var bad = JsonDocument.Parse(good.Replace("\"level\": \"note\"", "\"level\": \"info\"", StringComparison.Ordinal)
            .Replace("\"ruleIndex\"", "\"ruleNumber\"", StringComparison.Ordinal));
        var found = schema.Validate(bad.RootElement);
        Assert.Contains(found, e => e.Contains("level", StringComparison.Ordinal));
        Assert.Contains(found, e => e.Contains("ruleNumber", StringComparison.Ordinal));
    }

    [Fact]
    public void Has_the_required_sarif_structure()
    {
        using var doc = JsonDocument.Parse(GoldenFile.Render(Writer, SampleReport.Build()));
        var errors = SarifShape.Check(doc.RootElement);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Rules_cover_the_catalog_and_results_point_at_their_rule()
    {
        using var doc = JsonDocument.Parse(GoldenFile.Render(Writer, SampleReport.Build()));
        var run = doc.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var ruleIds = rules.Select(r => r.GetProperty("id").GetString()!).ToList();

        // Every catalog check is a rule, plus the one finding ID the catalog lacks; sorted by ID.
        Assert.Equal(SampleReport.Catalog.Select(c => c.Id).Append("CHI-IDS-900").Order(StringComparer.Ordinal), ruleIds);

        var net = rules.Single(r => r.GetProperty("id").GetString() == "CHI-NET-001");
        Assert.Equal("GatewayListensBeyondLoopbackWithoutAuthentication", net.GetProperty("name").GetString());
        Assert.Equal("error", net.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.False(net.TryGetProperty("helpUri", out _), "no docs address was given, so none may be invented");
        Assert.Equal("network", net.GetProperty("properties").GetProperty("layer").GetString());
        Assert.Equal(["gateway.bind_no_auth"], net.GetProperty("properties").GetProperty("openclawCheckIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("docs/checks/CHI-NET-001.md", net.GetProperty("help").GetProperty("markdown").GetString(), StringComparison.Ordinal);

        var unknown = rules.Single(r => r.GetProperty("id").GetString() == "CHI-IDS-900");
        Assert.False(unknown.TryGetProperty("helpUri", out _));
        Assert.False(run.GetProperty("tool").GetProperty("driver").TryGetProperty("informationUri", out _));

        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            var index = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(ruleIds[index], result.GetProperty("ruleId").GetString());
        }
    }

    [Theory]
    [InlineData(Severity.Critical, "error")]
    [InlineData(Severity.High, "error")]
    [InlineData(Severity.Medium, "warning")]
    [InlineData(Severity.Low, "note")]
    [InlineData(Severity.Info, "note")]
    public void Severity_maps_to_level(Severity severity, string level) =>
        Assert.Equal(level, SarifReportWriter.Level(severity));

    [Fact]
    public void Locations_use_the_state_dir_base_file_uris_and_logical_locations()
    {
        using var doc = JsonDocument.Parse(GoldenFile.Render(Writer, SampleReport.Build()));
        var run = doc.RootElement.GetProperty("runs")[0];
        Assert.Equal("file:///home/alice/.openclaw/", run.GetProperty("originalUriBaseIds").GetProperty("STATEDIR").GetProperty("uri").GetString());
        var results = run.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("ruleId").GetString()!);

        var net = results["CHI-NET-001"].GetProperty("locations")[0];
        var artifact = net.GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("openclaw.json", artifact.GetProperty("uri").GetString());
        Assert.Equal("STATEDIR", artifact.GetProperty("uriBaseId").GetString());
        Assert.Equal(4, net.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(13, net.GetProperty("physicalLocation").GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.Equal("gateway.bind", net.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
        Assert.Equal("gateway.bind_no_auth", results["CHI-NET-001"].GetProperty("properties").GetProperty("openclawCheckId").GetString());
        Assert.Equal("critical", results["CHI-NET-001"].GetProperty("properties").GetProperty("severity").GetString());

        var outside = results["CHI-MCP-002"].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("file:///etc/mcporter/mcporter.json", outside.GetProperty("uri").GetString());
        Assert.False(outside.TryGetProperty("uriBaseId", out _));

        var fileOnly = results["CHI-SUP-004"].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("extensions/weather/package.json", fileOnly.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.False(fileOnly.TryGetProperty("region", out _));
        Assert.True(results["CHI-SUP-004"].GetProperty("properties").GetProperty("suppressedByOpenClaw").GetBoolean());

        var container = results["CHI-CTR-001"].GetProperty("locations")[0];
        Assert.False(container.TryGetProperty("physicalLocation", out _));
        Assert.Equal(
            ["container:openclaw-gateway", "HostConfig.Privileged"],
            container.GetProperty("logicalLocations").EnumerateArray().Select(l => l.GetProperty("fullyQualifiedName").GetString()));

        Assert.False(results["CHI-IDS-900"].TryGetProperty("locations", out _));
    }

    [Fact]
    public void Invocation_reports_success_time_and_loader_notes()
    {
        using var doc = JsonDocument.Parse(GoldenFile.Render(Writer, SampleReport.Build()));
        var invocation = doc.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
        Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Equal("2026-11-02T10:15:00Z", invocation.GetProperty("endTimeUtc").GetString());
        var notes = invocation.GetProperty("toolExecutionNotifications").EnumerateArray().ToList();
        Assert.Equal(["warning", "warning", "error"], notes.Select(n => n.GetProperty("level").GetString()));
    }

    [Theory]
    [InlineData("/home/a b/x#1.json", false, "file:///home/a%20b/x%231.json")]
    [InlineData("/srv/state", true, "file:///srv/state/")]
    [InlineData(@"C:\Users\bob\.openclaw\openclaw.json", false, "file:///C:/Users/bob/.openclaw/openclaw.json")]
    public void File_uris_are_percent_encoded(string path, bool directory, string expected) =>
        Assert.Equal(expected, SarifUris.FileUri(path, directory));

    [Fact]
    public void Fingerprints_ignore_line_moves_but_not_the_place()
    {
        var report = SampleReport.Build();
        var moved = report with
        {
            Findings = [.. report.Findings.Select(f => f with { Evidence = f.Evidence with { Line = f.Evidence.Line + 10 } })],
        };
        Assert.Equal(Fingerprints(report), Fingerprints(moved));

        var elsewhere = report with
        {
            Findings = [.. report.Findings.Select(f => f with { Evidence = f.Evidence with { JsonPath = "other" } })],
        };
        Assert.NotEqual(Fingerprints(report), Fingerprints(elsewhere));
    }

    private static List<string> Fingerprints(AuditReport report)
    {
        using var doc = JsonDocument.Parse(GoldenFile.Render(Writer, report));
        return
        [
            .. doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Select(r => r.GetProperty("partialFingerprints").GetProperty("chitinFindingHash/v1").GetString()!),
        ];
    }

    [Fact]
    public void A_published_docs_address_becomes_each_catalog_rules_helpUri()
    {
        var writer = new SarifReportWriter(SampleReport.Catalog, "https://docs.example.test/checks/");
        using var doc = JsonDocument.Parse(GoldenFile.Render(writer, SampleReport.Build()));
        var rules = doc.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var net = rules.Single(r => r.GetProperty("id").GetString() == "CHI-NET-001");
        Assert.Equal("https://docs.example.test/checks/CHI-NET-001.md", net.GetProperty("helpUri").GetString());
        Assert.Contains("](https://docs.example.test/checks/CHI-NET-001.md)", net.GetProperty("help").GetProperty("markdown").GetString(), StringComparison.Ordinal);
        var unknown = rules.Single(r => r.GetProperty("id").GetString() == "CHI-IDS-900");
        Assert.False(unknown.TryGetProperty("helpUri", out _));
        Assert.True(SarifShape.Check(doc.RootElement).Count == 0);
    }
}

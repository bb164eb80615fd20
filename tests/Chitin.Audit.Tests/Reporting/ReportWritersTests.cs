using Chitin.Audit.Reporting;
using Chitin.Audit.Reporting.Html;
using Chitin.Audit.Reporting.Json;
using Chitin.Audit.Reporting.Sarif;

namespace Chitin.Audit.Tests.Reporting;

public sealed class ReportWritersTests
{
    [Fact]
    public void Every_report_writer_is_registered()
    {
        // Scanning is allowed here, in the test, and only to catch a writer someone forgot to list.
        var implementations = typeof(IReportWriter).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IReportWriter).IsAssignableFrom(t))
            .ToList();
        var listed = ReportWriters.All.Select(w => w.GetType()).ToHashSet();

        Assert.NotEmpty(implementations);
        var missing = implementations.Where(t => !listed.Contains(t)).Select(t => t.FullName).ToList();
        Assert.True(missing.Count == 0, "IReportWriter implementations missing from ReportWriters.All: " + string.Join(", ", missing));
    }

    [Fact]
    public void Formats_are_unique_lower_case_and_found_case_insensitively()
    {
        Assert.Equal(["json", "sarif", "html"], ReportWriters.Formats);
        Assert.Equal(ReportWriters.Formats.Count, ReportWriters.Formats.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.IsType<JsonReportWriter>(ReportWriters.Find("json"));
        Assert.IsType<SarifReportWriter>(ReportWriters.Find(" SARIF "));
        Assert.IsType<HtmlReportWriter>(ReportWriters.Find("Html"));
        Assert.Null(ReportWriters.Find("table"));
    }

    [Fact]
    public void Registered_sarif_writer_uses_the_built_in_catalog()
    {
        var text = GoldenFile.Render(ReportWriters.Find("sarif")!, SampleReport.Build());
        foreach (var check in Chitin.Audit.Checks.BuiltInChecks.All)
        {
            Assert.Contains($"\"id\": \"{check.Info.Id}\"", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("html")]
    public void Output_does_not_depend_on_the_order_findings_arrive_in(string format)
    {
        var writer = ReportWriters.Find(format)!;
        var report = SampleReport.Build();
        var reversed = report with { Findings = [.. report.Findings.Reverse()] };
        Assert.Equal(GoldenFile.Render(writer, report), GoldenFile.Render(writer, reversed));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("html")]
    public void Writers_leave_the_stream_open(string format)
    {
        using var stream = new MemoryStream();
        ReportWriters.Find(format)!.Write(SampleReport.Build(), stream);
        Assert.True(stream.CanWrite);
        Assert.True(stream.Length > 0);
    }
}

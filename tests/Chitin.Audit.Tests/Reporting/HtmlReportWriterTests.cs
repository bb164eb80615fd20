using System.Text.RegularExpressions;
using Chitin.Audit.Findings;
using Chitin.Audit.Reporting.Html;

namespace Chitin.Audit.Tests.Reporting;

public sealed partial class HtmlReportWriterTests
{
    [Fact]
    public void Matches_golden_file() =>
        GoldenFile.Verify("report.html", GoldenFile.Render(new HtmlReportWriter(), SampleReport.Build()));

    [Fact]
    public void Every_piece_of_report_text_is_html_encoded()
    {
        const string Evil = "<script>alert('x')</script>";
        var report = SampleReport.Build();
        var hostile = report with
        {
            StateDir = "/tmp/" + Evil,
            ConfigPath = "/tmp/" + Evil + "/openclaw.json",
            OpenClawVersion = Evil,
            ToolVersion = Evil,
            CatalogVersion = Evil,
            RuleSets = [Evil],
            Notes = [new(Evil, Evil, Evil, 1, 1, Error: true)],
            Findings =
            [
                new Finding
                {
                    Id = Evil,
                    Layer = Layer.Exec,
                    Severity = Severity.High,
                    Title = Evil,
                    Detail = "detail " + Evil + " & \"quoted\"",
                    Evidence = new Evidence { File = Evil, Line = 1, Column = 2, JsonPath = Evil, ContainerField = Evil, Value = Evil },
                    Remediation = Evil,
                    OpenClawCheckId = Evil,
                },
            ],
        };

        var html = GoldenFile.Render(new HtmlReportWriter(), hostile);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert('x')", html, StringComparison.Ordinal);
        Assert.Contains("detail &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;", html, StringComparison.Ordinal);
        Assert.Contains("<code class=\"check-id\">&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_is_self_contained()
    {
        var html = GoldenFile.Render(new HtmlReportWriter(), SampleReport.Build());

        // The only URL allowed is the SVG namespace name, which is an identifier, never fetched.
        var urls = UrlPattern().Matches(html).Select(m => m.Value).Distinct().ToList();
        Assert.Equal(["http://www.w3.org/2000/svg"], urls);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("//", StripSvgNamespace(html), StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_score_grade_layers_and_every_finding()
    {
        var report = SampleReport.Build();
        var html = GoldenFile.Render(new HtmlReportWriter(), report);

        Assert.Contains($"<div class=\"score\">{report.Score}<small>/100</small></div>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"grade grade-F\"", html, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(html, "<svg xmlns="));
        foreach (var layer in Enum.GetValues<Layer>())
        {
            Assert.Contains($"id=\"layer-{layer.Wire()}\"", html, StringComparison.Ordinal);
        }

        Assert.Equal(report.Findings.Count, Regex.Count(html, "<article class=\"finding "));
        Assert.Contains("<dt>Location</dt><dd><code title=\"/home/alice/.openclaw/openclaw.json\">openclaw.json:4:13</code></dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Container field</dt><dd><code>HostConfig.Privileged</code></dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>OpenClaw checkId</dt><dd><code>tools.elevated.allowFrom.telegram.wildcard</code></dd>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;redacted: 48 chars&gt;", html, StringComparison.Ordinal);
        Assert.Contains("suppressed in OpenClaw", html, StringComparison.Ordinal);
    }

    private static string StripSvgNamespace(string html) =>
        html.Replace("xmlns=\"http://www.w3.org/2000/svg\"", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex(@"[a-zA-Z][a-zA-Z0-9+.-]*://[^\s""'<>)]*")]
    private static partial Regex UrlPattern();
}

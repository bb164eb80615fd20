using System.Globalization;
using System.Text;
using Chitin.Audit.Findings;

namespace Chitin.Audit.Reporting.Html;

/// <summary>
/// <c>--format html</c>: one self-contained page (inline CSS and SVG, no script, no external URL) that
/// reads well on screen and on paper. All report text is HTML-encoded.
/// </summary>
internal sealed class HtmlReportWriter : IReportWriter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public string Format => "html";

    public void Write(AuditReport report, Stream output)
    {
        output.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(Render(report)));
        output.Flush();
    }

    public static string Render(AuditReport report)
    {
        var sb = new StringBuilder(32 * 1024);
        var grade = ReportText.Grade(report);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append(Inv, $"<meta name=\"generator\" content=\"chitin {E(report.ToolVersion)}\">\n");
        sb.Append(Inv, $"<title>Chitin audit: {E(report.StateDir)} (score {report.Score}, grade {grade})</title>\n");
        sb.Append("<style>\n").Append(HtmlStyles.Css).Append("</style>\n</head>\n<body>\n");

        Masthead(sb, report, grade);
        sb.Append("<main class=\"page\">\n");
        Tiles(sb, report);
        sb.Append("<section class=\"block chart\" aria-labelledby=\"h-layers\">\n<h2 id=\"h-layers\">Layers</h2>\n");
        HtmlLayerChart.Render(sb, report);
        sb.Append("</section>\n");
        FindingsSection(sb, report);
        Notes(sb, report);
        Footer(sb, report);
        sb.Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static string E(string? text) => HtmlText.Encode(text);

    private static void Masthead(StringBuilder sb, AuditReport report, string grade)
    {
        sb.Append("<header class=\"masthead\">\n<div class=\"page\">\n<div class=\"brand\">");
        sb.Append("<svg width=\"22\" height=\"22\" viewBox=\"0 0 24 24\" aria-hidden=\"true\"><path d=\"M12 1.5 21.1 6.75v10.5L12 22.5 2.9 17.25V6.75z\" fill=\"none\" stroke=\"#e0a34a\" stroke-width=\"2\"/><path d=\"M12 6.5 16.8 9.25v5.5L12 17.5l-4.8-2.75v-5.5z\" fill=\"#e0a34a\"/></svg>");
        sb.Append("<strong>Chitin</strong> <span>Security audit report</span></div>\n");
        sb.Append("<div class=\"head\">\n<div class=\"head-main\">\n<h1>OpenClaw security audit</h1>\n");
        sb.Append(Inv, $"<div class=\"target-path\" title=\"State directory\">{E(report.StateDir)}</div>\n");
        sb.Append("<dl class=\"meta\">\n");
        Meta(sb, "Config file", $"<span class=\"mono\">{E(report.ConfigPath)}</span>", wide: true);
        Meta(sb, "OpenClaw version", E(report.OpenClawVersion ?? "unknown"));
        var at = report.GeneratedAt.ToUniversalTime();
        Meta(sb, "Generated", $"<time datetime=\"{E(ReportText.Timestamp(at))}\">{E(at.ToString("yyyy-MM-dd HH:mm", Inv))} UTC</time>");
        Meta(sb, "Chitin version", E(report.ToolVersion));
        Meta(sb, "Check catalog", string.Create(Inv, $"{E(report.CatalogVersion)} · {report.ChecksRun} checks run"));
        if (report.RuleSets.Count > 0)
        {
            Meta(sb, "Rule sets", E(string.Join(", ", report.RuleSets.Order(StringComparer.Ordinal))));
        }

        sb.Append("</dl>\n</div>\n");
        sb.Append("<div class=\"scorecard\" role=\"group\" aria-label=\"Overall score\">\n<div class=\"label\">Overall score</div>\n");
        sb.Append(Inv, $"<div class=\"score-row\"><div class=\"score\">{report.Score}<small>/100</small></div>");
        sb.Append(Inv, $"<div class=\"grade grade-{grade}\" title=\"Grade {grade}\">{grade}</div></div>\n");
        sb.Append(Inv, $"<div class=\"verdict\">{E(ReportText.CountsLine(report))}</div>\n</div>\n");
        sb.Append("</div>\n</div>\n</header>\n");
    }

    private static void Meta(StringBuilder sb, string term, string encodedValue, bool wide = false) =>
        sb.Append(Inv, $"<div{(wide ? " class=\"wide\"" : string.Empty)}><dt>{E(term)}</dt><dd>{encodedValue}</dd></div>\n");

    private static void Tiles(StringBuilder sb, AuditReport report)
    {
        sb.Append("<div class=\"tiles\">\n");
        foreach (var s in ReportOrder.Severities)
        {
            var n = report.Count(s);
            var zero = n == 0 ? " zero" : string.Empty;
            sb.Append(Inv, $"<div class=\"tile sev-{s.Wire()}{zero}\"><div class=\"n\">{n}</div><div class=\"t\">{ReportText.Label(s)}</div></div>\n");
        }

        sb.Append("</div>\n");
    }

    private static void FindingsSection(StringBuilder sb, AuditReport report)
    {
        var findings = ReportOrder.Findings(report.Findings);
        sb.Append(Inv, $"<section class=\"block\" aria-labelledby=\"h-findings\">\n<h2 id=\"h-findings\">Findings <span class=\"count\">({findings.Count})</span></h2>\n");
        foreach (var layer in ReportOrder.Layers)
        {
            var inLayer = findings.Where(f => f.Layer == layer).ToList();
            var score = report.LayerScore(layer);
            var grade = ReportText.Grade(report, layer);
            var id = "layer-" + HtmlText.Id(layer.Wire());
            sb.Append(Inv, $"<section class=\"layer\" id=\"{id}\" aria-labelledby=\"{id}-h\">\n<div class=\"layer-head\">");
            sb.Append(Inv, $"<h3 id=\"{id}-h\">{E(layer.Title())}</h3>");
            var noun = inLayer.Count == 1 ? "finding" : "findings";
            sb.Append(Inv, $"<span class=\"sub\">{inLayer.Count} {noun}</span>");
            sb.Append(Inv, $"<span class=\"lscore\">Layer score <span class=\"chip grade-{grade}\">{score}</span></span></div>\n");
            if (inLayer.Count == 0)
            {
                sb.Append("<p class=\"clean\">No findings in this layer.</p>\n");
            }

            foreach (var f in inLayer)
            {
                FindingCard(sb, f, report.StateDir);
            }

            sb.Append("</section>\n");
        }

        sb.Append("</section>\n");
    }

    private static void FindingCard(StringBuilder sb, Finding f, string stateDir)
    {
        var sev = f.Severity.Wire();
        sb.Append(Inv, $"<article class=\"finding sev-{sev}\">\n<div class=\"finding-head\">");
        sb.Append(Inv, $"<span class=\"badge sev-{sev}\">{ReportText.Label(f.Severity)}</span>");
        sb.Append(Inv, $"<code class=\"check-id\">{E(f.Id)}</code>");
        if (f.SuppressedByOpenClaw)
        {
            sb.Append("<span class=\"tag\" title=\"An OpenClaw security.audit.suppressions entry hides this from OpenClaw's own audit\">suppressed in OpenClaw</span>");
        }

        sb.Append(Inv, $"<h4>{E(f.Title)}</h4></div>\n");
        sb.Append(Inv, $"<p class=\"detail\">{E(f.Detail)}</p>\n");

        var rows = new List<(string Term, string Value, string? Title)>(6);
        var ev = f.Evidence;
        if (ReportText.Location(ev, stateDir) is { } location)
        {
            rows.Add(("Location", location, ev.File));
        }

        if (ev.JsonPath is { Length: > 0 })
        {
            rows.Add(("JSON path", ev.JsonPath, null));
        }

        if (ev.ContainerField is { Length: > 0 })
        {
            rows.Add(("Container field", ev.ContainerField, null));
        }

        if (ev.Value is not null)
        {
            rows.Add(("Value", ev.Value, null));
        }

        if (f.OpenClawCheckId is not null)
        {
            rows.Add(("OpenClaw checkId", f.OpenClawCheckId, null));
        }

        if (rows.Count > 0)
        {
            sb.Append("<dl class=\"evidence\">\n");
            foreach (var (term, value, title) in rows)
            {
                var titleAttr = title is null ? string.Empty : $" title=\"{E(title)}\"";
                sb.Append(Inv, $"<dt>{E(term)}</dt><dd><code{titleAttr}>{E(value)}</code></dd>\n");
            }

            sb.Append("</dl>\n");
        }

        sb.Append(Inv, $"<div class=\"fix\"><span class=\"fix-label\">Fix</span><p>{E(f.Remediation)}</p></div>\n");
        sb.Append("</article>\n");
    }

    private static void Notes(StringBuilder sb, AuditReport report)
    {
        if (report.Notes.Count == 0)
        {
            return;
        }

        sb.Append(Inv, $"<section class=\"block\" aria-labelledby=\"h-notes\">\n<h2 id=\"h-notes\">Loader notes <span class=\"count\">({report.Notes.Count})</span></h2>\n");
        sb.Append("<table class=\"notes\">\n<thead><tr><th>Part</th><th>Message</th><th>Location</th></tr></thead>\n<tbody>\n");
        foreach (var n in report.Notes)
        {
            var location = n.Path is null ? string.Empty
                : ReportText.Location(new Evidence { File = n.Path, Line = n.Line, Column = n.Column }, report.StateDir);
            var cls = n.Error ? " class=\"note-error\"" : string.Empty;
            var part = n.Error ? n.Part + " (error)" : n.Part;
            sb.Append(Inv, $"<tr{cls}><td>{E(part)}</td><td>{E(n.Message)}</td><td><code>{E(location)}</code></td></tr>\n");
        }

        sb.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Footer(StringBuilder sb, AuditReport report)
    {
        sb.Append(Inv, $"<footer>Generated by Chitin {E(report.ToolVersion)} · check catalog {E(report.CatalogVersion)} · ");
        sb.Append("Secret values never appear in this report; a redacted value shows only its length.</footer>\n");
    }
}

using System.Globalization;
using System.Text;
using Chitin.Audit.Findings;

namespace Chitin.Audit.Reporting.Html;

/// <summary>
/// The per-layer chart as inline SVG: one stacked bar per layer (findings by severity) and the layer's
/// score in a grade-colored chip. Coordinates are integers so the markup is stable.
/// </summary>
internal static class HtmlLayerChart
{
    private const int Width = 900;
    private const int LabelWidth = 210;
    private const int BarX = LabelWidth + 10;
    private const int BarWidth = 540;
    private const int ScoreX = 820;
    private const int Top = 64;
    private const int RowHeight = 38;
    private const int BarHeight = 20;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Render(StringBuilder sb, AuditReport report)
    {
        var layers = ReportOrder.Layers;
        var counts = layers.ToDictionary(l => l, l => report.Findings.Where(f => f.Layer == l).ToList());
        var max = Math.Max(1, counts.Values.Max(c => c.Count));
        var step = max <= 8 ? 1 : max <= 20 ? 2 : max <= 50 ? 5 : max <= 100 ? 10 : 50;
        var axisMax = (max + step - 1) / step * step;
        var height = Top + (layers.Count * RowHeight) + 8;

        sb.Append(Inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"chart-title\">\n");
        sb.Append("<title id=\"chart-title\">Findings per layer by severity, with each layer's score</title>\n");

        // Legend.
        var lx = BarX;
        foreach (var s in ReportOrder.Severities)
        {
            sb.Append(Inv, $"<rect x=\"{lx}\" y=\"6\" width=\"12\" height=\"12\" rx=\"2\" class=\"fill-{s.Wire()}\"/>");
            sb.Append(Inv, $"<text x=\"{lx + 18}\" y=\"16\" font-size=\"12\" fill=\"#5d6577\">{ReportText.Label(s)}</text>\n");
            lx += 92;
        }

        sb.Append(Inv, $"<text x=\"{ScoreX + 30}\" y=\"{Top - 14}\" font-size=\"11\" fill=\"#8a92a3\" text-anchor=\"middle\" letter-spacing=\"1\">SCORE</text>\n");
        sb.Append(Inv, $"<text x=\"0\" y=\"{Top - 14}\" font-size=\"11\" fill=\"#8a92a3\" letter-spacing=\"1\">LAYER</text>\n");

        // Grid lines with their counts.
        for (var t = 0; t <= axisMax; t += step)
        {
            var x = BarX + (int)Math.Round((double)t * BarWidth / axisMax);
            sb.Append(Inv, $"<line x1=\"{x}\" y1=\"{Top - 6}\" x2=\"{x}\" y2=\"{height - 8}\" stroke=\"#e2e5eb\" stroke-width=\"1\"/>");
            sb.Append(Inv, $"<text x=\"{x}\" y=\"{Top - 14}\" font-size=\"11\" fill=\"#8a92a3\" text-anchor=\"middle\">{t}</text>\n");
        }

        for (var row = 0; row < layers.Count; row++)
        {
            var layer = layers[row];
            var findings = counts[layer];
            var y = Top + (row * RowHeight);
            var barY = y + ((RowHeight - BarHeight) / 2);
            var textY = barY + 15;
            sb.Append(Inv, $"<g><title>{HtmlText.Encode(Tooltip(layer, findings))}</title>\n");
            sb.Append(Inv, $"<a href=\"#layer-{HtmlText.Id(layer.Wire())}\"><text x=\"0\" y=\"{textY}\" font-size=\"13\" fill=\"#1d2330\">{HtmlText.Encode(layer.Title())}</text></a>\n");

            var done = 0;
            var segments = 0;
            var hiddenLabel = false;
            foreach (var s in ReportOrder.Severities)
            {
                var n = findings.Count(f => f.Severity == s);
                if (n == 0)
                {
                    continue;
                }

                var x0 = BarX + (int)Math.Round((double)done * BarWidth / axisMax);
                done += n;
                var x1 = BarX + (int)Math.Round((double)done * BarWidth / axisMax);
                sb.Append(Inv, $"<rect x=\"{x0}\" y=\"{barY}\" width=\"{x1 - x0}\" height=\"{BarHeight}\" class=\"fill-{s.Wire()}\"/>");
                segments++;
                hiddenLabel |= x1 - x0 < 18;
                if (x1 - x0 >= 18)
                {
                    var ink = s == Severity.Medium ? "#2b2000" : "#ffffff";
                    sb.Append(Inv, $"<text x=\"{(x0 + x1) / 2}\" y=\"{textY}\" font-size=\"12\" font-weight=\"700\" fill=\"{ink}\" text-anchor=\"middle\">{n}</text>");
                }

                sb.Append('\n');
            }

            // The total after the bar only when the segments do not already say it.
            var end = BarX + (int)Math.Round((double)done * BarWidth / axisMax);
            if (findings.Count == 0 || segments > 1 || hiddenLabel)
            {
                var total = findings.Count == 0 ? "no findings" : findings.Count.ToString(Inv);
                sb.Append(Inv, $"<text x=\"{end + 8}\" y=\"{textY}\" font-size=\"12\" fill=\"#5d6577\">{total}</text>\n");
            }

            var score = report.LayerScore(layer);
            var grade = ReportText.Grade(report, layer);
            sb.Append(Inv, $"<rect x=\"{ScoreX}\" y=\"{barY - 1}\" width=\"60\" height=\"{BarHeight + 2}\" rx=\"11\" class=\"fill-grade-{grade}\"><title>Score {score}, grade {grade}</title></rect>");
            sb.Append(Inv, $"<text x=\"{ScoreX + 30}\" y=\"{textY}\" font-size=\"13\" font-weight=\"700\" fill=\"#ffffff\" text-anchor=\"middle\">{score}</text>\n");
            sb.Append("</g>\n");
        }

        sb.Append("</svg>\n");
    }

    private static string Tooltip(Layer layer, IReadOnlyList<Finding> findings)
    {
        var parts = ReportOrder.Severities
            .Select(s => (s, n: findings.Count(f => f.Severity == s)))
            .Where(x => x.n > 0)
            .Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.n} {x.s.Wire()}"));
        var text = string.Join(", ", parts);
        return $"{layer.Title()}: {(text.Length == 0 ? "no findings" : text)}";
    }
}

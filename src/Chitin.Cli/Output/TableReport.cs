using System.Text;
using Chitin.Audit.Findings;
using Spectre.Console;

namespace Chitin.Cli.Output;

/// <summary>The terminal report: score, per-layer summary, then findings grouped by layer.</summary>
internal static class TableReport
{
    public static void Write(AuditReport report, Stream stream, bool colors)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        var console = Create(writer, colors);

        console.MarkupLine($"[bold]Chitin audit[/] of [blue]{Markup.Escape(report.StateDir)}[/]  (config {Markup.Escape(report.ConfigPath)})");
        console.MarkupLine($"OpenClaw {Markup.Escape(report.OpenClawVersion ?? "version unknown")} · chitin {report.ToolVersion} · catalog {report.CatalogVersion} · {report.ChecksRun} checks");
        console.MarkupLine($"Score [bold {ScoreColor(report.Score)}]{report.Score}/100[/]   " +
            $"[red]{report.Count(Severity.Critical)} critical[/] · [darkorange]{report.Count(Severity.High)} high[/] · [yellow]{report.Count(Severity.Medium)} medium[/] · " +
            $"[blue]{report.Count(Severity.Low)} low[/] · [grey]{report.Count(Severity.Info)} info[/]");
        console.WriteLine();

        var summary = new Table().Border(TableBorder.Rounded).Title("Layers");
        summary.AddColumn("Layer");
        summary.AddColumn(new TableColumn("Score").RightAligned());
        foreach (var s in new[] { "Crit", "High", "Med", "Low", "Info" })
        {
            summary.AddColumn(new TableColumn(s).RightAligned());
        }

        foreach (var layer in Enum.GetValues<Layer>())
        {
            var fs = report.Findings.Where(f => f.Layer == layer).ToList();
            summary.AddRow(
                Markup.Escape(layer.Title()),
                $"[{ScoreColor(report.LayerScore(layer))}]{report.LayerScore(layer)}[/]",
                Count(fs, Severity.Critical),
                Count(fs, Severity.High),
                Count(fs, Severity.Medium),
                Count(fs, Severity.Low),
                Count(fs, Severity.Info));
        }

        console.Write(summary);
        console.WriteLine();

        foreach (var layer in Enum.GetValues<Layer>())
        {
            var fs = report.Findings.Where(f => f.Layer == layer).ToList();
            if (fs.Count == 0)
            {
                continue;
            }

            var t = new Table().Border(TableBorder.Simple).Title($"[bold]{Markup.Escape(layer.Title())}[/]").Expand();
            t.AddColumn(new TableColumn("Severity").NoWrap());
            t.AddColumn(new TableColumn("ID").NoWrap());
            t.AddColumn("Finding");
            t.AddColumn("Evidence");
            t.AddColumn("Fix");
            foreach (var f in fs)
            {
                var title = Markup.Escape(f.Title) + "\n[dim]" + Markup.Escape(f.Detail) + "[/]" +
                    (f.OpenClawCheckId is null ? "" : "\n[dim]openclaw: " + Markup.Escape(f.OpenClawCheckId) + "[/]");
                t.AddRow(SeverityMarkup(f.Severity), Markup.Escape(f.Id), title, Markup.Escape(f.Evidence.Describe()), Markup.Escape(f.Remediation));
            }

            console.Write(t);
        }

        foreach (var n in report.Notes)
        {
            console.MarkupLine($"[dim]note ({Markup.Escape(n.Part)}): {Markup.Escape(n.Message)}[/]");
        }

        writer.Flush();
    }

    public static void WriteCatalog(IReadOnlyList<CheckInfo> checks, Stream stream, bool colors)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        var console = Create(writer, colors);
        var t = new Table().Border(TableBorder.Rounded);
        t.AddColumn("ID");
        t.AddColumn("Layer");
        t.AddColumn("Severity");
        t.AddColumn("Title");
        t.AddColumn("OpenClaw checkIds");
        foreach (var c in checks)
        {
            t.AddRow(Markup.Escape(c.Id), Markup.Escape(c.Layer.Wire()), SeverityMarkup(c.DefaultSeverity), Markup.Escape(c.Title), Markup.Escape(string.Join(", ", c.OpenClawCheckIds)));
        }

        console.Write(t);
        console.MarkupLine($"{checks.Count} checks, {checks.Count(c => c.OpenClawCheckIds.Count == 0)} beyond OpenClaw's own audit");
        writer.Flush();
    }

    private static IAnsiConsole Create(TextWriter writer, bool colors)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = colors ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = colors ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!colors)
        {
            console.Profile.Width = 160;
        }

        return console;
    }

    private static string Count(List<Finding> fs, Severity s)
    {
        var n = fs.Count(f => f.Severity == s);
        return n == 0 ? "[dim]0[/]" : n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string SeverityMarkup(Severity s) => s switch
    {
        Severity.Critical => "[bold red]CRITICAL[/]",
        Severity.High => "[darkorange]HIGH[/]",
        Severity.Medium => "[yellow]MEDIUM[/]",
        Severity.Low => "[blue]LOW[/]",
        _ => "[grey]INFO[/]",
    };

    private static string ScoreColor(int score) => score >= 90 ? "green" : score >= 70 ? "yellow" : score >= 40 ? "darkorange" : "red";
}

using System.Globalization;
using System.Text;
using Chitin.Audit.Findings;
using Chitin.Audit.Skills.Reporting;
using Spectre.Console;

namespace Chitin.Cli.Commands.Skills;

/// <summary>The terminal rendering of a skills scan: one row per skill, then the findings of every skill that is not clean.</summary>
internal static class SkillsTable
{
    public static void Write(SkillReport report, Stream stream, bool colors, bool all)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
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

        var s = report.Summary;
        console.MarkupLine($"[bold]Chitin skills scan[/]: {s.Skills} skill(s), {s.Files} file(s), {Mb(s.Bytes)} · [red]{s.Malicious} malicious[/] · [yellow]{s.Suspicious} suspicious[/] · [green]{s.Clean} clean[/]");
        console.MarkupLine($"[dim]{Markup.Escape(string.Join(" · ", report.RuleSets))}[/]");
        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn("Verdict");
        table.AddColumn("Skill");
        table.AddColumn("Where");
        table.AddColumn(new TableColumn("Findings").RightAligned());
        table.AddColumn("Why");
        foreach (var skill in report.Skills.Where(k => all || k.Verdict != "clean" || report.Skills.Count <= 60))
        {
            table.AddRow(
                Verdict(skill.Verdict),
                Markup.Escape(skill.Name) + (skill.Kind == "plugin" ? " [dim](plugin)[/]" : ""),
                $"[dim]{Markup.Escape(skill.Location)}[/] {Markup.Escape(skill.Path)}",
                skill.Findings.Count(f => f.Severity != "info").ToString(CultureInfo.InvariantCulture),
                Markup.Escape(string.Join("\n", skill.Reasons.Take(3))));
        }

        console.Write(table);
        foreach (var skill in report.Skills.Where(k => k.Verdict != "clean"))
        {
            var t = new Table().Border(TableBorder.Simple).Title($"{Verdict(skill.Verdict)} [bold]{Markup.Escape(skill.Name)}[/] [dim]{Markup.Escape(skill.Path)}[/]").Expand();
            t.AddColumn("Severity");
            t.AddColumn("Rule");
            t.AddColumn("Where");
            t.AddColumn("Evidence");
            t.AddColumn("Why");
            foreach (var f in skill.Findings.Where(f => f.Severity != "info"))
            {
                t.AddRow(
                    Severity(f.Severity),
                    Markup.Escape(f.RuleId) + "\n[dim]" + Markup.Escape(f.Family) + "[/]",
                    Markup.Escape(f.File is null ? "(skill)" : f.Line is { } l ? $"{f.File}:{l}" : f.File),
                    Markup.Escape(f.Excerpt ?? "") + (f.Layer is null ? "" : $"\n[dim]layer: {Markup.Escape(f.Layer)}[/]") + (f.Context is null ? "" : $"\n[dim]{Markup.Escape(f.Context)}[/]"),
                    Markup.Escape(f.Title));
            }

            console.Write(t);
            foreach (var n in skill.Notes)
            {
                console.MarkupLine($"[dim]  note: {Markup.Escape(n)}[/]");
            }
        }

        foreach (var n in report.Notes)
        {
            console.MarkupLine($"[dim]note: {Markup.Escape(n)}[/]");
        }

        writer.Flush();
    }

    private static string Mb(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.0} MiB" : $"{bytes / 1024.0:0.0} KiB";

    private static string Verdict(string v) => v switch
    {
        "malicious" => "[bold red]MALICIOUS[/]",
        "suspicious" => "[yellow]SUSPICIOUS[/]",
        _ => "[green]clean[/]",
    };

    private static string Severity(string s) => LayerNames.TryParseSeverity(s, out var sev) ? sev switch
    {
        Chitin.Audit.Findings.Severity.Critical => "[bold red]CRITICAL[/]",
        Chitin.Audit.Findings.Severity.High => "[darkorange]HIGH[/]",
        Chitin.Audit.Findings.Severity.Medium => "[yellow]MEDIUM[/]",
        Chitin.Audit.Findings.Severity.Low => "[blue]LOW[/]",
        _ => "[grey]INFO[/]",
    } : Markup.Escape(s);
}

using System.CommandLine;
using System.Globalization;
using System.Text;
using Chitin.Audit.Findings;
using Chitin.Audit.Integrity;
using Chitin.Cli.Output;

namespace Chitin.Cli.Commands;

/// <summary><c>chitin verify</c>: compare the install with its signed baseline; exit 1 when a change is at or above --fail-on.</summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var common = new BaselineCommand.Common();
        var full = new Option<bool>("--full") { Description = "Re-hash every file (default: only files whose size, mtime, ctime or inode changed)" };
        var format = new Option<string>("--format", "-f") { Description = "table, json or sarif", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "sarif");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to FILE (atomically) instead of stdout" };
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 when a change is at or above: critical, high, medium, low, info, none", DefaultValueFactory = _ => "medium" };
        failOn.AcceptOnlyFromAmong("critical", "high", "medium", "low", "info", "none");
        var cmd = new Command("verify", "Compare identity, persona, config, skill and plugin files (and security rows of the state DB) with the signed baseline.")
        {
            full, format, output, failOn,
        };
        common.AddTo(cmd);
        cmd.SetAction((parse, ct) => BaselineCommand.Run(() =>
        {
            var (targets, settings) = common.Resolve(parse);
            var result = IntegrityVerifier.Verify(targets, settings, parse.GetValue(full), ct);
            var target = parse.GetValue(output);
            var version = typeof(IntegrityVerifier).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
            switch (parse.GetValue(format))
            {
                case "json":
                    ReportOutput.Write(target, s => VerifyReportWriter.WriteJson(result, s));
                    break;
                case "sarif":
                    ReportOutput.Write(target, s => VerifyReportWriter.WriteSarif(result, s, version));
                    break;
                default:
                    ReportOutput.Write(target, s => WriteTable(result, s));
                    break;
            }

            Console.Error.WriteLine(Summary(result));
            var threshold = parse.GetValue(failOn)!;
            return threshold != "none" && LayerNames.TryParseSeverity(threshold, out var sev) && result.AnyAtOrAbove(sev)
                ? ExitCodes.Findings
                : ExitCodes.Clean;
        }));
        return cmd;
    }

    internal static string Summary(VerifyResult r)
    {
        var counts = string.Join(", ", Enum.GetValues<Severity>().Reverse().Select(s => (s, n: r.Changes.Count(c => c.Severity == s))).Where(x => x.n > 0).Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.n} {x.s.Wire()}")));
        var what = r.Changes.Count == 0 ? "no changes" : string.Create(CultureInfo.InvariantCulture, $"{r.Changes.Count} change(s) ({counts})");
        return string.Create(CultureInfo.InvariantCulture, $"{what} since the baseline of {r.BaselineUpdatedAt ?? r.BaselineCreatedAt}; checked {r.EntriesChecked} entries, hashed {r.FilesHashed} file(s) ({r.BytesHashed / 1048576.0:0.0} MiB){(r.Full ? " (full)" : "")} in {r.Elapsed.TotalMilliseconds:0} ms.");
    }

    private static void WriteTable(VerifyResult r, Stream s)
    {
        using var w = new StreamWriter(s, new UTF8Encoding(false), leaveOpen: true);
        if (r.Changes.Count > 0)
        {
            var pathWidth = Math.Min(70, r.Changes.Max(c => c.Path.Length));
            w.WriteLine($"{"SEVERITY",-9} {"CHANGE",-10} {"PATH".PadRight(pathWidth)} DETAIL");
            foreach (var c in r.Changes)
            {
                w.WriteLine($"{c.Severity.Wire(),-9} {c.Change,-10} {c.Path.PadRight(pathWidth)} {c.Detail}");
            }
        }

        foreach (var n in r.Notes)
        {
            w.WriteLine("note: " + n);
        }
    }
}

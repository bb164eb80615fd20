using System.CommandLine;
using System.Text.Json;
using Chitin.Audit.Iocs;
using Chitin.Cli.Commands.Skills;

namespace Chitin.Cli.Commands;

/// <summary><c>chitin iocs</c>: import IOC feeds (STIX 2.1 bundles, plain lists) pinned by SHA-256, and list the sets in use.</summary>
internal static class IocsCommand
{
    public static Command Create()
    {
        var cmd = new Command("iocs", "Indicator-of-compromise sets used by 'chitin skills'.");
        cmd.Subcommands.Add(Import());
        cmd.Subcommands.Add(List());
        return cmd;
    }

    private static Command Import()
    {
        var file = new Argument<string>("file") { Description = "STIX 2.1 bundle (JSON) or plain list (one indicator per line, optional type: prefix)" };
        var name = new Option<string?>("--name") { Description = "Set name (default: the file name)" };
        var replace = new Option<bool>("--replace") { Description = "Accept a changed file for a set that is pinned to another SHA-256" };
        var confidence = new Option<string>("--confidence") { Description = "Confidence of entries that carry none: confirmed, reported or unverified", DefaultValueFactory = _ => "confirmed" };
        confidence.AcceptOnlyFromAmong("confirmed", "reported", "unverified");
        var dataDir = new Option<string?>("--data-dir") { Description = "Chitin data dir (default: CHITIN_DATA_DIR, ~/.local/share/chitin)" };
        var cmd = new Command("import", "Import an IOC feed; it is pinned to the file's SHA-256.") { file, name, replace, confidence, dataDir };
        cmd.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                await Console.Error.WriteLineAsync($"error: {path} does not exist").ConfigureAwait(false);
                return ExitCodes.CouldNotScan;
            }

            var store = SkillsContext.IocStore(SkillsContext.DataDir(parse.GetValue(dataDir), ProcessEnvironment.Snapshot()));
            var conf = IocNames.TryParseConfidence(parse.GetValue(confidence), out var c) ? c : IocConfidence.Confirmed;
            try
            {
                var result = store.Import(path, parse.GetValue(name), parse.GetValue(replace), conf);
                await Console.Out.WriteLineAsync($"{result.Outcome} {result.Set.Label}: {result.Set.Entries.Count} indicator(s), sha256 {result.Set.Sha256}").ConfigureAwait(false);
                foreach (var s in result.Skipped)
                {
                    await Console.Error.WriteLineAsync("skipped " + s).ConfigureAwait(false);
                }

                return ExitCodes.Clean;
            }
            catch (InvalidOperationException e)
            {
                await Console.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
                return ExitCodes.Findings;
            }
            catch (JsonException e)
            {
                await Console.Error.WriteLineAsync($"error: {path}: {e.Message}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }
        });
        return cmd;
    }

    private static Command List()
    {
        var dataDir = new Option<string?>("--data-dir") { Description = "Chitin data dir" };
        var cmd = new Command("list", "List the IOC sets (built-in and imported) with versions and entry counts.") { dataDir };
        cmd.SetAction(async (parse, ct) =>
        {
            var notes = new List<string>();
            var sets = BuiltInIocSource.Instance.Load(notes).Concat(SkillsContext.IocStore(SkillsContext.DataDir(parse.GetValue(dataDir), ProcessEnvironment.Snapshot())).Load(notes));
            foreach (var s in sets)
            {
                var byConfidence = string.Join(", ", s.Entries.GroupBy(e => e.Confidence).OrderByDescending(g => g.Key).Select(g => $"{g.Count()} {g.Key.Wire()}"));
                await Console.Out.WriteLineAsync($"{s.Label}\t{s.Entries.Count} entries ({byConfidence}){(s.Sha256 is null ? "" : "\tsha256 " + s.Sha256)}").ConfigureAwait(false);
            }

            foreach (var n in notes)
            {
                await Console.Error.WriteLineAsync("note: " + n).ConfigureAwait(false);
            }

            return ExitCodes.Clean;
        });
        return cmd;
    }
}

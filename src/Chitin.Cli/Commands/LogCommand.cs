using System.CommandLine;
using System.Globalization;
using Chitin.Audit.Integrity;
using Chitin.Audit.Integrity.Watch;

namespace Chitin.Cli.Commands;

/// <summary><c>chitin log verify FILE</c>: check a hash-chained event log written by <c>chitin watch</c>.</summary>
internal static class LogCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "Event log written by 'chitin watch' (its signed head is FILE.head)" };
        var key = new Option<string?>("--key") { Description = "Key the log was signed with (default: ~/.config/chitin/baseline.key)" };
        var verify = new Command("verify", "Check that an event log was not edited, reordered or cut short. Exit 0 intact, 1 tampered, 3 cannot check.") { file, key };
        verify.SetAction((parse, _) => BaselineCommand.Run(() =>
        {
            var env = ProcessEnvironment.Snapshot();
            var path = Path.GetFullPath(parse.GetValue(file)!);
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"error: event log {path} does not exist");
                return ExitCodes.CouldNotScan;
            }

            var k = BaselineKey.Load(parse.GetValue(key) ?? IntegrityPaths.DefaultKeyFile(env, ProcessEnvironment.Home));
            var check = EventLogVerifier.Verify(path, k);
            foreach (var p in check.Problems)
            {
                Console.Out.WriteLine(p);
            }

            Console.Error.WriteLine(check.Intact
                ? string.Create(CultureInfo.InvariantCulture, $"{path}: intact, {check.Entries} entries, chain and signed head verified.")
                : string.Create(CultureInfo.InvariantCulture, $"{path}: TAMPERED or damaged ({check.Problems.Count} problem(s) in {check.Entries} entries)."));
            return check.Intact ? ExitCodes.Clean : ExitCodes.Findings;
        }));
        return new Command("log", "Event logs of 'chitin watch'.") { verify };
    }
}

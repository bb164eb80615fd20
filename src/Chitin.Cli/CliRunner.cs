using System.CommandLine;

namespace Chitin.Cli;

/// <summary>Parses, maps parse errors to exit code 2 with a clear message, and turns unexpected exceptions into one line (no stack traces).</summary>
internal static class CliRunner
{
    public static async Task<int> RunAsync(RootCommand root, string[] args)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                await Console.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            }

            await Console.Error.WriteLineAsync($"Run 'chitin {string.Join(' ', parse.CommandResult.Command.Name == root.Name ? [] : new[] { parse.CommandResult.Command.Name })} --help' for usage.".Replace("  ", " ", StringComparison.Ordinal)).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync().ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            await Console.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return ExitCodes.CouldNotScan;
        }
    }
}

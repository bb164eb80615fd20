using System.CommandLine;
using Chitin.Cli.Commands;

namespace Chitin.Cli.Tests;

/// <summary>Runs the real command tree in-process with stdout and stderr captured (tests using it share one collection).</summary>
internal static class CliRun
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        await Gate.WaitAsync();
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        try
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
            var root = new RootCommand("chitin");
            foreach (var c in CommandList.All)
            {
                root.Subcommands.Add(c);
            }

            var code = await CliRunner.RunAsync(root, args);
            return (code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
            Gate.Release();
        }
    }
}

using Chitin.Audit.Install;

namespace Chitin.Cli.Commands;

/// <summary>Plans fixes, prints them as a diff, applies them atomically with a backup.</summary>
internal static class FixRunner
{
    public static async Task<int> RunAsync(OpenClawInstall install, bool dryRun, CancellationToken ct)
    {
        _ = install;
        _ = dryRun;
        _ = ct;
        await Console.Error.WriteLineAsync("error: --fix is not available in this build yet").ConfigureAwait(false);
        return ExitCodes.Usage;
    }
}

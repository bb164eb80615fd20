using System.Globalization;
using Chitin.Audit.Fixes;
using Chitin.Audit.Fixes.Apply;
using Chitin.Audit.Fixes.Planning;
using Chitin.Audit.Install;

namespace Chitin.Cli.Commands;

/// <summary>
/// Plans fixes, prints them (the diff to stdout, the explanation to stderr), then applies them atomically with
/// backups unless it is a dry run. Shared by <c>chitin audit --fix</c> and <c>chitin harden</c>.
/// </summary>
internal static class FixRunner
{
    public static Task<int> RunAsync(OpenClawInstall install, bool dryRun, CancellationToken ct) =>
        RunAsync(install, BuiltInFixes.All, new FixContext(), dryRun, new ApplyOptions(), Console.Out, Console.Error, TimeProvider.System, ct);

    public static async Task<int> RunAsync(
        OpenClawInstall install,
        IReadOnlyList<IFix> fixes,
        FixContext context,
        bool dryRun,
        ApplyOptions applyOptions,
        TextWriter stdout,
        TextWriter stderr,
        TimeProvider time,
        CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var plan = FixPlanner.Plan(install, fixes, context);
        await WritePlanAsync(plan, stdout, stderr).ConfigureAwait(false);
        if (plan.Errors.Count > 0)
        {
            foreach (var e in plan.Errors)
            {
                await stderr.WriteLineAsync("error: " + e).ConfigureAwait(false);
            }

            await stderr.WriteLineAsync("nothing was changed.").ConfigureAwait(false);
            return ExitCodes.CouldNotScan;
        }

        if (plan.IsEmpty)
        {
            await stderr.WriteLineAsync("nothing to fix.").ConfigureAwait(false);
            return ExitCodes.Clean;
        }

        if (dryRun)
        {
            await stderr.WriteLineAsync("dry run: nothing was written.").ConfigureAwait(false);
            return ExitCodes.Clean;
        }

        ct.ThrowIfCancellationRequested();
        var result = FixApplier.Apply(plan, time, applyOptions);
        foreach (var (path, backup) in result.Written)
        {
            await stderr.WriteLineAsync(backup is null ? $"wrote {path}" : $"wrote {path} (backup: {backup})").ConfigureAwait(false);
        }

        foreach (var (path, mode) in result.Chmodded)
        {
            await stderr.WriteLineAsync($"chmod {FileChmod.Octal(mode)} {path}").ConfigureAwait(false);
        }

        foreach (var (path, reason) in result.Skipped)
        {
            await stderr.WriteLineAsync($"skipped {path}: {reason}").ConfigureAwait(false);
        }

        foreach (var e in result.Errors)
        {
            await stderr.WriteLineAsync("error: " + e).ConfigureAwait(false);
        }

        return result.Ok ? ExitCodes.Clean : ExitCodes.CouldNotScan;
    }

    /// <summary>The diff of every file and the mode changes (stdout); what each change is for, notes (stderr).</summary>
    public static async Task WritePlanAsync(FixPlan plan, TextWriter stdout, TextWriter stderr)
    {
        foreach (var f in plan.Files)
        {
            var label = Label(plan, f.Path);
            await stdout.WriteLineAsync($"diff --chitin a/{label} b/{label}").ConfigureAwait(false);
            if (f.OldText is null)
            {
                await stdout.WriteLineAsync("new file mode " + Convert.ToString(0x8000 | f.NewFileMode, 8)).ConfigureAwait(false);
            }

            await stdout.WriteAsync(f.Diff(label)).ConfigureAwait(false);
        }

        foreach (var c in plan.Chmods)
        {
            var label = Label(plan, c.Path);
            var type = c.Kind == FileKind.Directory ? 0x4000 : 0x8000;
            await stdout.WriteLineAsync($"diff --chitin a/{label} b/{label}").ConfigureAwait(false);
            await stdout.WriteLineAsync("old mode " + Convert.ToString(type | c.OldMode, 8)).ConfigureAwait(false);
            await stdout.WriteLineAsync("new mode " + Convert.ToString(type | c.NewMode, 8)).ConfigureAwait(false);
        }

        if (plan.Changes.Count > 0)
        {
            await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{plan.Changes.Count} change(s) planned:")).ConfigureAwait(false);
            foreach (var change in plan.Changes)
            {
                await stderr.WriteLineAsync($"  [{change.FixId}] {change.What}: {change.Reason}").ConfigureAwait(false);
            }
        }

        foreach (var note in plan.Notes)
        {
            await stderr.WriteLineAsync("note: " + note).ConfigureAwait(false);
        }
    }

    /// <summary>A path relative to the state dir when inside it (as in a repository diff), else absolute.</summary>
    private static string Label(FixPlan plan, string path)
    {
        var rel = Path.GetRelativePath(plan.StateDir, path);
        return rel.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(rel) ? path.TrimStart('/') : rel;
    }
}

using System.CommandLine;
using Chitin.Audit.Checks;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Reporting;
using Chitin.Cli.Output;

namespace Chitin.Cli.Commands;

/// <summary><c>chitin audit</c>: load the install, run every check, write the report, exit by --fail-on.</summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var stateDir = new Option<string?>("--state-dir") { Description = "OpenClaw state dir (default: as OpenClaw finds it: OPENCLAW_STATE_DIR, ~/.openclaw)" };
        var config = new Option<string?>("--config") { Description = "Config file (default: <state-dir>/openclaw.json or OPENCLAW_CONFIG_PATH)" };
        var format = new Option<string>("--format", "-f") { Description = "table, json, sarif or html", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(["table", .. ReportWriters.Formats]);
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to FILE (atomically) instead of stdout" };
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 when a finding is at or above: critical, high, medium, low, info, none", DefaultValueFactory = _ => "high" };
        failOn.AcceptOnlyFromAmong("critical", "high", "medium", "low", "info", "none");
        var container = new Option<string?>("--container") { Description = "Inspect this Docker container as the gateway's (default: find it)" };
        var noDocker = new Option<bool>("--no-docker") { Description = "Do not talk to a Docker engine" };
        var fix = new Option<bool>("--fix") { Description = "Show the planned fixes as a diff, then apply them atomically with a backup" };
        var dryRun = new Option<bool>("--dry-run") { Description = "With --fix: show the diff only" };

        var cmd = new Command("audit", "Audit one OpenClaw install across seven layers.")
        {
            stateDir, config, format, output, failOn, container, noDocker, fix, dryRun,
        };
        cmd.SetAction(async (parse, ct) =>
        {
            var env = ProcessEnvironment.Snapshot();
            var options = new InstallOptions
            {
                StateDir = parse.GetValue(stateDir),
                ConfigPath = parse.GetValue(config),
                Environment = env,
                FallbackHome = ProcessEnvironment.Home,
                DockerSocket = parse.GetValue(noDocker) ? null : DockerSocketFrom(env),
                ContainerName = parse.GetValue(container),
                IncludeRoots = env.TryGetValue("OPENCLAW_INCLUDE_ROOTS", out var roots) ? roots.Split(':', StringSplitOptions.RemoveEmptyEntries) : [],
                BaselineDir = Chitin.Audit.Integrity.IntegrityPaths.DefaultBaselineDir(env, ProcessEnvironment.Home),
                BaselineKeyFile = Chitin.Audit.Integrity.IntegrityPaths.DefaultKeyFile(env, ProcessEnvironment.Home),
            };
            if (options.StateDir is { } sd && !Directory.Exists(sd))
            {
                await Console.Error.WriteLineAsync($"error: state dir '{sd}' does not exist. Point --state-dir at an OpenClaw state dir (the folder holding openclaw.json).").ConfigureAwait(false);
                return ExitCodes.CouldNotScan;
            }

            var install = await InstallLoader.LoadAsync(options, ct).ConfigureAwait(false);
            if (CannotScan(install) is { } why)
            {
                await Console.Error.WriteLineAsync("error: " + why).ConfigureAwait(false);
                return ExitCodes.CouldNotScan;
            }

            if (parse.GetValue(fix))
            {
                var fixExit = await FixRunner.RunAsync(install, parse.GetValue(dryRun), ct).ConfigureAwait(false);
                if (fixExit != ExitCodes.Clean)
                {
                    return fixExit;
                }

                if (!parse.GetValue(dryRun))
                {
                    install = await InstallLoader.LoadAsync(options, ct).ConfigureAwait(false);
                }
            }

            var report = AuditEngine.Run(install, BuiltInChecks.All, TimeProvider.System);
            var fmt = parse.GetValue(format)!;
            var target = parse.GetValue(output);
            if (fmt == "table")
            {
                ReportOutput.Write(target, stream => TableReport.Write(report, stream, colors: target is null && !Console.IsOutputRedirected));
            }
            else
            {
                ReportOutput.Write(target, stream => ReportWriters.Find(fmt)!.Write(report, stream));
            }

            if (target is not null)
            {
                await Console.Error.WriteLineAsync($"wrote {fmt} report to {target}: score {report.Score}, {report.Findings.Count} findings").ConfigureAwait(false);
            }

            var threshold = parse.GetValue(failOn)!;
            return threshold != "none" && LayerNames.TryParseSeverity(threshold, out var sev) && report.AnyAtOrAbove(sev)
                ? ExitCodes.Findings
                : ExitCodes.Clean;
        });
        return cmd;
    }

    internal static string? DockerSocketFrom(IReadOnlyDictionary<string, string> env) =>
        env.TryGetValue("DOCKER_HOST", out var h) && h.StartsWith("unix://", StringComparison.Ordinal) ? h[7..]
        : env.ContainsKey("DOCKER_HOST") ? null
        : "/var/run/docker.sock";

    /// <summary>Reasons the audit cannot go on: no state dir at all, or a config that is not JSON5.</summary>
    private static string? CannotScan(OpenClawInstall install)
    {
        if (!Directory.Exists(install.StateDir))
        {
            return $"state dir '{install.StateDir}' does not exist. Use --state-dir, or set OPENCLAW_STATE_DIR.";
        }

        var syntax = install.Notes.FirstOrDefault(n => n.Error && n.Part == "config");
        return syntax is null
            ? null
            : $"{syntax.Path}:{syntax.Line}:{syntax.Column}: {syntax.Message}. Fix the syntax (OpenClaw will not start with it either), then run the audit again.";
    }
}

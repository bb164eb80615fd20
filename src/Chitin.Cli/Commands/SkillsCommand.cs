using System.CommandLine;
using System.Text;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Skills;
using Chitin.Audit.Skills.Gate;
using Chitin.Audit.Skills.Quarantine;
using Chitin.Audit.Skills.Reporting;
using Chitin.Cli.Commands.Skills;
using Chitin.Cli.Output;
using Spectre.Console;

namespace Chitin.Cli.Commands;

/// <summary><c>chitin skills</c>: scan, gate (OpenClaw install policy), quarantine and restore.</summary>
internal static class SkillsCommand
{
    public static Command Create()
    {
        var cmd = new Command("skills", "Supply-chain verification of OpenClaw skills and plugins.");
        cmd.Subcommands.Add(Scan());
        cmd.Subcommands.Add(Gate());
        cmd.Subcommands.Add(Move("quarantine", "Move a skill out of every load path into <state>/quarantine (with a manifest)."));
        cmd.Subcommands.Add(Move("restore", "Move a quarantined skill back where it was loaded from."));
        return cmd;
    }

    private static Command Scan()
    {
        var paths = new Argument<string[]>("path") { Description = "Skill folders, trees of skills, or archives (.zip, .tgz, .skill). None: every skills location of the install plus plugin folders and bundled skills.", Arity = ArgumentArity.ZeroOrMore };
        var stateDir = new Option<string?>("--state-dir") { Description = "OpenClaw state dir (default: OPENCLAW_STATE_DIR, ~/.openclaw)" };
        var config = new Option<string?>("--config") { Description = "Config file (default: <state-dir>/openclaw.json)" };
        var format = new Option<string>("--format", "-f") { Description = "table, json or sarif", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "sarif");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to FILE instead of stdout" };
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 at or above: malicious (= critical), suspicious (= medium), or a severity; none", DefaultValueFactory = _ => "malicious" };
        failOn.AcceptOnlyFromAmong("malicious", "suspicious", "critical", "high", "medium", "low", "info", "none");
        var bundled = new Option<string?>("--bundled-dir") { Description = "OpenClaw's bundled skills folder (default: OPENCLAW_BUNDLED_SKILLS_DIR or next to the installed package)" };
        var noBundled = new Option<bool>("--no-bundled") { Description = "Do not scan bundled skills" };
        var dataDir = new Option<string?>("--data-dir") { Description = "Chitin data dir holding imported IOC sets (default: CHITIN_DATA_DIR, ~/.local/share/chitin)" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Skills scanned in parallel (default: number of cores)" };
        var all = new Option<bool>("--all") { Description = "Table: list clean skills too, however many" };
        var cmd = new Command("scan", "Scan skills: verdict clean, suspicious or malicious, with findings.") { paths, stateDir, config, format, output, failOn, bundled, noBundled, dataDir, jobs, all };
        cmd.SetAction(async (parse, ct) =>
        {
            var env = ProcessEnvironment.Snapshot();
            var notes = new List<string>();
            var scanner = SkillsContext.Scanner(SkillsContext.DataDir(parse.GetValue(dataDir), env), notes);
            var targets = new List<SkillTarget>();
            var given = parse.GetValue(paths) ?? [];
            if (given.Length == 0)
            {
                var install = await LoadInstall(parse.GetValue(stateDir), parse.GetValue(config), env, ct).ConfigureAwait(false);
                if (install is null)
                {
                    return ExitCodes.CouldNotScan;
                }

                var bundledDir = parse.GetValue(noBundled) ? null : parse.GetValue(bundled) ?? BundledDir(install, env);
                targets = SkillTargets.ForInstall(install.Skills, install.Extensions, bundledDir, scanner.Limits);
                notes.Add($"install {install.StateDir}: {install.Skills.Count} skill(s), {install.Extensions.Count} plugin folder(s), bundled: {bundledDir ?? "not scanned"}");
            }
            else
            {
                foreach (var p in given)
                {
                    try
                    {
                        targets.AddRange(SkillTargets.ForPath(p, scanner.Limits, notes));
                    }
                    catch (FileNotFoundException e)
                    {
                        await Console.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
                        return ExitCodes.CouldNotScan;
                    }
                }
            }

            var results = Run(scanner, targets, parse.GetValue(jobs), ct);
            var now = TimeProvider.System.GetUtcNow();
            var report = SkillReports.Build(results, scanner, now, notes);
            var fmt = parse.GetValue(format)!;
            var target = parse.GetValue(output);
            ReportOutput.Write(target, stream =>
            {
                switch (fmt)
                {
                    case "json": SkillReports.WriteJson(report, stream); break;
                    case "sarif": SkillSarifWriter.Write(results, scanner, now, stream); break;
                    default: SkillsTable.Write(report, stream, colors: target is null && !Console.IsOutputRedirected, parse.GetValue(all)); break;
                }
            });
            await Console.Error.WriteLineAsync($"{report.Summary.Skills} skill(s): {report.Summary.Malicious} malicious, {report.Summary.Suspicious} suspicious, {report.Summary.Clean} clean").ConfigureAwait(false);
            var threshold = parse.GetValue(failOn)! switch { "malicious" => "critical", "suspicious" => "medium", var t => t };
            return threshold != "none" && LayerNames.TryParseSeverity(threshold, out var sev) && results.Any(r => r.Verdict != SkillVerdict.Clean && r.Verdict.AsSeverity() >= sev)
                ? ExitCodes.Findings
                : ExitCodes.Clean;
        });
        return cmd;
    }

    private static Command Gate()
    {
        var dataDir = new Option<string?>("--data-dir") { Description = "Chitin data dir holding imported IOC sets" };
        var suspicious = new Option<string>("--suspicious") { Description = "Decision for suspicious skills: warn, block or allow", DefaultValueFactory = _ => "warn" };
        suspicious.AcceptOnlyFromAmong("warn", "block", "allow");
        var timeout = new Option<int>("--timeout-ms") { Description = "Block when the scan takes longer (keep below security.installPolicy.exec.timeoutMs)", DefaultValueFactory = _ => 8000 };
        var cmd = new Command("gate", "OpenClaw security.installPolicy command: JSON request on stdin, allow/warn/block on stdout. Fails closed.") { dataDir, suspicious, timeout };
        cmd.SetAction(async (parse, ct) =>
        {
            string response;
            try
            {
                var request = await ReadStdin(InstallPolicyGate.MaxRequestBytes + 1, ct).ConfigureAwait(false);
                var gate = new InstallPolicyGate(SkillsContext.Scanner(SkillsContext.DataDir(parse.GetValue(dataDir), ProcessEnvironment.Snapshot()), []), parse.GetValue(suspicious)!);
                var decide = Task.Run(() => gate.Decide(request), ct);
                var limit = TimeSpan.FromMilliseconds(Math.Max(100, parse.GetValue(timeout)));
                response = InstallPolicyGate.Serialize(await decide.WaitAsync(limit, ct).ConfigureAwait(false));
            }
            catch (TimeoutException)
            {
                response = InstallPolicyGate.Serialize(InstallPolicyGate.Block($"scan did not finish within {parse.GetValue(timeout)} ms; failing closed"));
            }
            catch (Exception e)
            {
                response = InstallPolicyGate.Serialize(InstallPolicyGate.Block($"gate error ({e.GetType().Name}: {e.Message}); failing closed"));
            }

            await Console.Out.WriteLineAsync(response).ConfigureAwait(false);
            await Console.Out.FlushAsync(ct).ConfigureAwait(false);
            return ExitCodes.Clean;
        });
        return cmd;
    }

    private static Command Move(string verb, string description)
    {
        var name = new Argument<string>("name") { Description = "Skill name (its folder name)" };
        var stateDir = new Option<string?>("--state-dir") { Description = "OpenClaw state dir (default: OPENCLAW_STATE_DIR, ~/.openclaw)" };
        var config = new Option<string?>("--config") { Description = "Config file" };
        var cmd = new Command(verb, description) { name, stateDir, config };
        cmd.SetAction(async (parse, ct) =>
        {
            var install = await LoadInstall(parse.GetValue(stateDir), parse.GetValue(config), ProcessEnvironment.Snapshot(), ct).ConfigureAwait(false);
            if (install is null)
            {
                return ExitCodes.CouldNotScan;
            }

            var quarantine = new SkillQuarantine(install.StateDir, TimeProvider.System);
            try
            {
                var verdicts = install.SkillScans.ToDictionary(s => s.Path, s => s.Verdict, StringComparer.Ordinal);
                var entries = verb == "quarantine" ? quarantine.Quarantine(parse.GetValue(name)!, install.Skills, verdicts) : quarantine.Restore(parse.GetValue(name)!);
                foreach (var e in entries)
                {
                    await Console.Out.WriteLineAsync(verb == "quarantine" ? $"quarantined {e.OriginalPath} -> {e.QuarantinedPath}" : $"restored {e.QuarantinedPath} -> {e.OriginalPath}").ConfigureAwait(false);
                }

                await Console.Error.WriteLineAsync($"manifest: {quarantine.ManifestPath}").ConfigureAwait(false);
                return ExitCodes.Clean;
            }
            catch (InvalidOperationException e)
            {
                await Console.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
                return ExitCodes.Usage;
            }
        });
        return cmd;
    }

    private static IReadOnlyList<SkillScanResult> Run(SkillScanner scanner, List<SkillTarget> targets, int jobs, CancellationToken ct)
    {
        if (targets.Count < 50 || Console.IsErrorRedirected)
        {
            return scanner.ScanAll(targets, jobs, null, ct);
        }

        IReadOnlyList<SkillScanResult> results = [];
        var err = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        err.Progress().AutoClear(true).Start(ctx =>
        {
            var task = ctx.AddTask("scanning skills", maxValue: targets.Count);
            results = scanner.ScanAll(targets, jobs, done => task.Value = done, ct);
        });
        return results;
    }

    private static async Task<OpenClawInstall?> LoadInstall(string? stateDir, string? config, IReadOnlyDictionary<string, string> env, CancellationToken ct)
    {
        if (stateDir is not null && !Directory.Exists(stateDir))
        {
            await Console.Error.WriteLineAsync($"error: state dir '{stateDir}' does not exist. Point --state-dir at an OpenClaw state dir, or pass skill paths.").ConfigureAwait(false);
            return null;
        }

        var install = await InstallLoader.LoadAsync(new InstallOptions
        {
            StateDir = stateDir,
            ConfigPath = config,
            Environment = env,
            FallbackHome = ProcessEnvironment.Home,
            DockerSocket = null,
            ProcNet = null,
        }, ct).ConfigureAwait(false);
        if (!Directory.Exists(install.StateDir))
        {
            await Console.Error.WriteLineAsync($"error: state dir '{install.StateDir}' does not exist. Use --state-dir or OPENCLAW_STATE_DIR, or pass skill paths.").ConfigureAwait(false);
            return null;
        }

        return install;
    }

    /// <summary>OPENCLAW_BUNDLED_SKILLS_DIR, else the skills folder next to the detected openclaw package.json.</summary>
    private static string? BundledDir(OpenClawInstall install, IReadOnlyDictionary<string, string> env)
    {
        if (env.TryGetValue("OPENCLAW_BUNDLED_SKILLS_DIR", out var d) && Directory.Exists(d))
        {
            return d;
        }

        return install.OpenClawVersionSource is { } src && src.EndsWith("package.json", StringComparison.Ordinal) && Path.GetDirectoryName(src) is { } pkg && Directory.Exists(Path.Combine(pkg, "skills"))
            ? Path.Combine(pkg, "skills")
            : null;
    }

    private static async Task<string> ReadStdin(int max, CancellationToken ct)
    {
        using var stdin = Console.OpenStandardInput();
        var buffer = new byte[max];
        var total = 0;
        while (total < max)
        {
            var n = await stdin.ReadAsync(buffer.AsMemory(total), ct).ConfigureAwait(false);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return Encoding.UTF8.GetString(buffer, 0, total);
    }
}

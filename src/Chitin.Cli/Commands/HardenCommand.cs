using System.CommandLine;
using Chitin.Audit.Checks;
using Chitin.Audit.Findings;
using Chitin.Audit.Fixes;
using Chitin.Audit.Fixes.Apply;
using Chitin.Audit.Install;
using Chitin.Audit.Profiles;

namespace Chitin.Cli.Commands;

/// <summary>
/// <c>chitin harden --profile laptop|docker|vps|hosted</c>: merges the profile's hardened settings into the
/// install's openclaw.json (span edits, comments kept) or writes a fresh one, runs every built-in fix with the
/// profile's target, and writes the profile's run file, firewall snippet and advice into the output dir.
/// </summary>
internal static class HardenCommand
{
    public static Command Create()
    {
        var profile = new Option<string>("--profile", "-p") { Description = "laptop, docker, vps or hosted", Required = true };
        profile.AcceptOnlyFromAmong([.. HardenProfiles.All.Select(p => p.Name)]);
        var stateDir = new Option<string?>("--state-dir") { Description = "OpenClaw state dir (default: as OpenClaw finds it: OPENCLAW_STATE_DIR, ~/.openclaw); created if missing" };
        var outputDir = new Option<string?>("--output-dir") { Description = "Where to write the run file, firewall snippet and advice (default: <state-dir>/chitin-harden)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show the diff only; write nothing" };
        var image = new Option<string?>("--image") { Description = "Gateway image for the run file (default: ghcr.io/openclaw/openclaw:2026.9.6)" };
        var origin = new Option<string?>("--origin") { Description = "hosted: the tenant's public https origin" };
        var proxy = new Option<string?>("--proxy-address") { Description = "hosted: the IP the authenticating edge connects from (default 172.30.0.2)" };
        var userHeader = new Option<string?>("--user-header") { Description = "hosted: header the edge puts the authenticated user in (default x-forwarded-user)" };
        var allowUser = new Option<string[]>("--allow-user") { Description = "hosted: a user the edge may pass through (repeat for more)", AllowMultipleArgumentsPerToken = false };

        var cmd = new Command("harden", "Write a hardened OpenClaw config (merged into the existing one) and the files a deployment profile needs.")
        {
            profile, stateDir, outputDir, dryRun, image, origin, proxy, userHeader, allowUser,
        };
        cmd.SetAction(async (parse, ct) =>
        {
            var env = ProcessEnvironment.Snapshot();
            var chosen = HardenProfiles.Find(parse.GetValue(profile)!)!;
            var loc = StateDirLocator.Locate(parse.GetValue(stateDir), null, env, ProcessEnvironment.Home);
            var defaults = new ProfileOptions { OutputDir = "" };
            var options = new ProfileOptions
            {
                OutputDir = Path.GetFullPath(parse.GetValue(outputDir) ?? Path.Combine(loc.StateDir, "chitin-harden")),
                Image = parse.GetValue(image) ?? defaults.Image,
                Origin = parse.GetValue(origin),
                ProxyAddress = parse.GetValue(proxy) ?? defaults.ProxyAddress,
                UserHeader = parse.GetValue(userHeader) ?? defaults.UserHeader,
                AllowUsers = parse.GetValue(allowUser) ?? [],
            };
            if (chosen.Validate(options) is { } invalid)
            {
                await Console.Error.WriteLineAsync("error: " + invalid).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var dry = parse.GetValue(dryRun);
            if (!Directory.Exists(loc.StateDir) && !dry)
            {
                Directory.CreateDirectory(loc.StateDir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                await Console.Error.WriteLineAsync($"created state dir {loc.StateDir}").ConfigureAwait(false);
            }

            var installOptions = new InstallOptions
            {
                StateDir = loc.StateDir,
                ConfigPath = loc.ConfigPath,
                Environment = env,
                FallbackHome = ProcessEnvironment.Home,
                ProcNet = null,
                DockerSocket = null,
                IncludeRoots = env.TryGetValue("OPENCLAW_INCLUDE_ROOTS", out var roots) ? roots.Split(':', StringSplitOptions.RemoveEmptyEntries) : [],
            };
            var install = await InstallLoader.LoadAsync(installOptions, ct).ConfigureAwait(false);
            if (install.Notes.FirstOrDefault(n => n.Error && n.Part == "config") is { } syntax)
            {
                await Console.Error.WriteLineAsync($"error: {syntax.Path}:{syntax.Line}:{syntax.Column}: {syntax.Message}. Fix the syntax first.").ConfigureAwait(false);
                return ExitCodes.CouldNotScan;
            }

            await Console.Error.WriteLineAsync($"hardening {install.StateDir} with profile {chosen.Name}: {chosen.Summary}").ConfigureAwait(false);
            var fixes = new List<IFix> { new ProfileFix(chosen, options) };
            fixes.AddRange(BuiltInFixes.All);
            var exit = await FixRunner.RunAsync(
                install,
                fixes,
                new FixContext { Target = chosen.Target },
                dry,
                new ApplyOptions { ExtraRoots = [options.OutputDir] },
                Console.Out,
                Console.Error,
                TimeProvider.System,
                ct).ConfigureAwait(false);
            if (exit != ExitCodes.Clean || dry)
            {
                return exit;
            }

            var after = await InstallLoader.LoadAsync(installOptions, ct).ConfigureAwait(false);
            var report = AuditEngine.Run(after, BuiltInChecks.All, TimeProvider.System);
            var serious = report.Findings.Where(f => f.Severity >= Severity.High).ToList();
            await Console.Error.WriteLineAsync(serious.Count == 0
                ? $"done: the audit finds nothing critical or high (score {report.Score}); files for the deployment are in {options.OutputDir}"
                : $"done, but {serious.Count} critical/high finding(s) remain that harden cannot decide for you; run `chitin audit --state-dir {install.StateDir}`").ConfigureAwait(false);
            foreach (var f in serious)
            {
                await Console.Error.WriteLineAsync($"  {f.Severity.Wire()} {f.Id}: {f.Title}").ConfigureAwait(false);
            }

            return ExitCodes.Clean;
        });
        return cmd;
    }
}

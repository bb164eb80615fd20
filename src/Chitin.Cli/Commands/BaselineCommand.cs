using System.CommandLine;
using System.Globalization;
using Chitin.Audit.Integrity;

namespace Chitin.Cli.Commands;

/// <summary>
/// <c>chitin baseline</c>: record a signed baseline of the install's identity, persona, config, skills, plugins
/// and security-relevant database rows; <c>chitin baseline accept PATH --reason TEXT</c>: fold a reviewed change in.
/// </summary>
internal static class BaselineCommand
{
    public static Command Create()
    {
        var common = new Common();
        var force = new Option<bool>("--force") { Description = "Replace an existing baseline even if it shows unreviewed changes or cannot be checked" };
        var cmd = new Command("baseline", "Record a signed baseline of identity, persona, config, skills and plugin files (kept outside the state dir).") { force };
        common.AddTo(cmd);
        cmd.SetAction((parse, ct) => Run(() =>
        {
            var (targets, settings) = common.Resolve(parse);
            var r = IntegrityVerifier.Record(targets, settings, common.User, parse.GetValue(force), ct);
            if (r.KeyCreated)
            {
                Console.Error.WriteLine($"created baseline key {r.KeyFile} (mode 600). Back it up: without it the baseline cannot be checked.");
            }

            foreach (var note in r.Notes.Take(20))
            {
                Console.Error.WriteLine("note: " + note);
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recorded {r.Entries} entries ({r.Files} files, {r.Bytes / 1048576.0:0.0} MiB hashed; {r.Rows} database rows) for {targets.StateDir} in {r.BaselineFile} ({r.Elapsed.TotalMilliseconds:0} ms)."));
            return ExitCodes.Clean;
        }));

        var path = new Argument<string>("PATH") { Description = "File, folder, database row (as 'chitin verify' prints it) or policy key (workspace:SOUL.md) whose changes you reviewed" };
        var reason = new Option<string>("--reason") { Description = "Why the change is fine (recorded with your user name)", Required = true };
        var accept = new Command("accept", "Accept reviewed changes at PATH into the baseline, recording who and why.") { path, reason };
        var acceptCommon = new Common();
        acceptCommon.AddTo(accept);
        accept.SetAction((parse, ct) => Run(() =>
        {
            var why = parse.GetValue(reason)!;
            if (string.IsNullOrWhiteSpace(why))
            {
                throw new UsageException("--reason must say why the change is fine");
            }

            var (targets, settings) = acceptCommon.Resolve(parse);
            var r = IntegrityVerifier.Accept(targets, settings, parse.GetValue(path)!, why, acceptCommon.User, ct);
            foreach (var a in r.Accepted)
            {
                Console.Out.WriteLine($"accepted {a.Change,-10} {a.Path}");
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Accepted.Count} change(s) accepted by {acceptCommon.User}; baseline {r.BaselineFile} re-signed (previous kept as .bak)."));
            return ExitCodes.Clean;
        }));
        cmd.Subcommands.Add(accept);
        return cmd;
    }

    /// <summary>Maps integrity failures to exit codes: a refusal to overwrite unreviewed changes is 1, nothing to accept is 2, the rest 3.</summary>
    internal static Task<int> Run(Func<int> body)
    {
        try
        {
            return Task.FromResult(body());
        }
        catch (IntegrityException e)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return Task.FromResult(e.Failure switch
            {
                IntegrityFailure.WouldOverwrite when e.InnerException is null => ExitCodes.Findings,
                IntegrityFailure.NothingToAccept => ExitCodes.Usage,
                _ => ExitCodes.CouldNotScan,
            });
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine("error: policy: " + e.Message);
            return Task.FromResult(ExitCodes.Usage);
        }
    }

    /// <summary>The options every integrity command shares, and how they resolve to targets and settings.</summary>
    internal sealed class Common
    {
        private readonly Option<string?> _stateDir = new("--state-dir") { Description = "OpenClaw state dir (default: as OpenClaw finds it: OPENCLAW_STATE_DIR, ~/.openclaw)" };
        private readonly Option<string?> _config = new("--config") { Description = "Config file (default: <state-dir>/openclaw.json or OPENCLAW_CONFIG_PATH)" };
        private readonly Option<string?> _baseline = new("--baseline") { Description = "Baseline file (default: ~/.local/share/chitin/baselines/<hash of the state dir>.json)" };
        private readonly Option<string?> _key = new("--key") { Description = "Signing key (default: ~/.config/chitin/baseline.key, created 600 on first use)" };
        private readonly Option<string?> _policy = new("--policy") { Description = "Integrity policy file (default: the built-in rules/integrity-policy.json)" };

        public IReadOnlyDictionary<string, string> Env { get; } = ProcessEnvironment.Snapshot();

        public string User => Env.TryGetValue("USER", out var u) && u.Length > 0 ? u
            : Env.TryGetValue("LOGNAME", out var l) && l.Length > 0 ? l
            : "uid " + Chitin.Audit.Install.FileSystem.UnixFileSystem.EffectiveUid().ToString(CultureInfo.InvariantCulture);

        public void AddTo(Command cmd)
        {
            cmd.Options.Add(_stateDir);
            cmd.Options.Add(_config);
            cmd.Options.Add(_baseline);
            cmd.Options.Add(_key);
            cmd.Options.Add(_policy);
        }

        public (IntegrityTargets Targets, IntegritySettings Settings) Resolve(ParseResult parse)
        {
            var targets = Targets(parse);
            var policyFile = parse.GetValue(_policy);
            var policy = policyFile is null ? IntegrityPolicy.Default : IntegrityPolicy.Load(policyFile);
            return (targets, IntegritySettings.For(targets.StateDir, Env, ProcessEnvironment.Home, parse.GetValue(_baseline), parse.GetValue(_key), policy));
        }

        public IntegrityTargets Targets(ParseResult parse)
        {
            var roots = Env.TryGetValue("OPENCLAW_INCLUDE_ROOTS", out var r) ? r.Split(':', StringSplitOptions.RemoveEmptyEntries) : [];
            return IntegrityTargets.Load(parse.GetValue(_stateDir), parse.GetValue(_config), Env, ProcessEnvironment.Home, roots);
        }
    }
}

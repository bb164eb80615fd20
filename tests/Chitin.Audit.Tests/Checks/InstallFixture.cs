using System.Globalization;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Tests.Checks;

/// <summary>
/// Builds an <see cref="OpenClawInstall"/> from a JSON5 scenario, so each check's positive and negative
/// fixtures are a few lines of data. Scenario keys (all optional):
/// <list type="bullet">
/// <item><c>config</c>: the openclaw.json object (its nodes keep fixture-file positions); <c>noConfig: true</c> for none</item>
/// <item><c>env</c> / <c>dotenv</c>: string maps (process environment / &lt;state&gt;/.env)</item>
/// <item><c>files</c>: path (relative to the state dir, or absolute) → <c>{kind: file|dir|symlink, mode: "644", uid, target, resolved, targetKind, targetMode}</c></item>
/// <item><c>listeners</c>: <c>["0.0.0.0:18789", "[::1]:18789"]</c></item>
/// <item><c>container</c>: fields of <see cref="ContainerFacts"/> in camelCase; mounts <c>[{type, source, destination, rw}]</c>, ports <c>[{containerPort, hostIp, hostPort}]</c></item>
/// <item><c>sandboxBrowsers</c>: array of container objects (same shape as <c>container</c>) for sandbox browser containers</item>
/// <item><c>configPath</c>: absolute config path instead of <c>&lt;state&gt;/openclaw.json</c></item>
/// <item><c>notes</c>: loader notes <c>[{part, message, path}]</c> (path relative to the state dir, or absolute)</item>
/// <item><c>skillScans</c>: skill-scanner results (see <see cref="SkillScan"/>)</item>
/// <item><c>integrity</c>: baseline status (see <see cref="Integrity"/>)</item>
/// <item><c>containerNote</c>, <c>version</c>, <c>agentsOnDisk</c>, <c>skills</c>, <c>installs</c>, <c>extensions</c>, <c>execApprovals</c>, <c>mcporter</c>, <c>includes</c></item>
/// </list>
/// </summary>
internal static class InstallFixture
{
    public const string Home = "/fixture";
    public const string StateDir = "/fixture/.openclaw";

    public static OpenClawInstall Build(J5Object scenario)
    {
        var noConfig = scenario["noConfig"] is J5Bool { Value: true };
        var configObj = scenario["config"] as J5Object ?? new J5Object([]);
        var config = new ConfigView(configObj);
        var configPath = Str(scenario, "configPath") ?? Path.Combine(StateDir, "openclaw.json");

        var files = new Dictionary<string, FileFacts>(StringComparer.Ordinal)
        {
            [StateDir] = new FileFacts { Path = StateDir, Kind = FileKind.Directory, Mode = 0x1C0, Uid = 0, Gid = 0 },
        };
        if (!noConfig)
        {
            files[configPath] = new FileFacts { Path = configPath, Kind = FileKind.File, Mode = 0x180, Uid = 0, Gid = 0 };
        }

        foreach (var p in Members(scenario, "files"))
        {
            var path = p.Key.StartsWith('/') ? p.Key : Path.Combine(StateDir, p.Key);
            var f = (J5Object)p.Value;
            files[path] = new FileFacts
            {
                Path = path,
                Kind = Str(f, "kind") switch
                {
                    "dir" => FileKind.Directory,
                    "symlink" => FileKind.Symlink,
                    "missing" => FileKind.Missing,
                    _ => FileKind.File,
                },
                Mode = Octal(Str(f, "mode") ?? "600"),
                Uid = (int)(Num(f, "uid") ?? 0),
                Gid = (int)(Num(f, "gid") ?? 0),
                Size = (long)(Num(f, "size") ?? 0),
                LinkTarget = Str(f, "target"),
                ResolvedPath = Str(f, "resolved"),
                TargetKind = Str(f, "targetKind") == "dir" ? FileKind.Directory : FileKind.File,
                TargetMode = Octal(Str(f, "targetMode") ?? "600"),
            };
        }

        var env = Members(scenario, "env").ToDictionary(p => p.Key, p => ((J5String)p.Value).Value, StringComparer.Ordinal);
        var dotenv = Members(scenario, "dotenv").Select(p => new DotEnvEntry(p.Key, ((J5String)p.Value).Value, Path.Combine(StateDir, ".env"), p.Value.Line)).ToList();
        var onDisk = ConfigView.GetStrings(scenario["agentsOnDisk"]);

        return new OpenClawInstall
        {
            StateDir = StateDir,
            ConfigPath = configPath,
            HomeDir = Home,
            Config = config,
            ConfigExists = !noConfig,
            ConfigFiles = configObj.Document is { } d ? [d] : [],
            Notes = [.. Items(scenario, "notes").Select(n => new LoadNote(Str(n, "part") ?? "scan", Str(n, "message") ?? "", Str(n, "path") is { } np ? (np.StartsWith('/') ? np : Path.Combine(StateDir, np)) : null))],
            IncludePaths = [.. ConfigView.GetStrings(scenario["includes"]).Select(i => i.StartsWith('/') ? i : Path.Combine(StateDir, i))],
            Environment = env,
            DotEnv = dotenv,
            Files = files,
            Agents = AgentResolver.Resolve(config, StateDir, Home, onDisk),
            Skills = [.. Items(scenario, "skills").Select(s => new SkillInfo
            {
                Name = Str(s, "name") ?? "skill",
                Location = Str(s, "location") ?? "workspace",
                Root = Str(s, "root") ?? Path.Combine(StateDir, "workspace", "skills"),
                Dir = Str(s, "dir") ?? Path.Combine(StateDir, "workspace", "skills", Str(s, "name") ?? "skill"),
                EscapesTo = Str(s, "escapesTo"),
                HasSkillMd = s["hasSkillMd"] is not J5Bool { Value: false },
            })],
            SkillScans = [.. Items(scenario, "skillScans").Select(SkillScan)],
            McpServers = McpServerCatalog.From(config, scenario["mcporter"]),
            McporterRegistryPresent = scenario["mcporter"] is not null,
            InstallRecords = [.. Items(scenario, "installs").Select(r => new InstallRecord
            {
                Id = Str(r, "id") ?? "x",
                Kind = Str(r, "kind") ?? "plugin",
                Source = Str(r, "source"),
                Spec = Str(r, "spec"),
                Version = Str(r, "version"),
                ResolvedVersion = Str(r, "resolvedVersion"),
                ResolvedSpec = Str(r, "resolvedSpec"),
                Integrity = Str(r, "integrity"),
                InstallPath = Str(r, "installPath"),
                InstalledVersion = Str(r, "installedVersion"),
            })],
            Extensions = [.. Items(scenario, "extensions").Select(e => new ExtensionInfo
            {
                Id = Str(e, "id") ?? "ext",
                Dir = Path.Combine(StateDir, "extensions", Str(e, "id") ?? "ext"),
                PackageName = Str(e, "packageName"),
                PackageVersion = Str(e, "packageVersion"),
                ManifestError = Str(e, "manifestError"),
                Entries = ConfigView.GetStrings(e["entries"]),
            })],
            ExecApprovals = scenario["execApprovals"] is J5Object ea ? new ExecApprovals
            {
                AutoAllowSkills = (ea["autoAllowSkills"] as J5Object)?.Members.ToDictionary(p => p.Key, p => p.Value is J5Bool { Value: true }) ?? [],
                Allowlists = (ea["allowlists"] as J5Object)?.Members.ToDictionary(p => p.Key, p => ConfigView.GetStrings(p.Value)) ?? [],
            } : null,
            Listeners = scenario["listeners"] is J5Array la ? [.. la.Items.OfType<J5String>().Select(l => ParseListener(l.Value))] : null,
            GatewayContainer = scenario["container"] is J5Object c ? Container(c) : null,
            SandboxBrowserContainers = [.. Items(scenario, "sandboxBrowsers").Select(Container)],
            ContainerNote = Str(scenario, "containerNote"),
            OpenClawVersion = Str(scenario, "version"),
            OpenClawVersionSource = Str(scenario, "version") is null ? null : "fixture",
            Integrity = scenario["integrity"] is J5Object ig ? Integrity(ig) : null,
        };
    }

    /// <summary><c>integrity: {present, error, failure, recordedAt, changes: [{path, change, severity, key, detail}]}</c>.</summary>
    private static Chitin.Audit.Integrity.IntegrityStatus Integrity(J5Object o) => new()
    {
        BaselineFile = Str(o, "baseline") ?? "/fixture/.local/share/chitin/baselines/0123456789abcdef.json",
        BaselinePresent = o["present"] is not J5Bool { Value: false },
        RecordedAt = Str(o, "recordedAt") ?? "2026-01-01T00:00:00Z",
        Error = Str(o, "error"),
        Failure = Str(o, "failure") is { } f ? Enum.Parse<Chitin.Audit.Integrity.IntegrityFailure>(f) : null,
        Changes = [.. Items(o, "changes").Select(c => new Chitin.Audit.Integrity.IntegrityChange
        {
            Path = Str(c, "path") is { } p ? (p.StartsWith('/') ? p : Path.Combine(StateDir, p)) : StateDir,
            Key = Str(c, "key") ?? "state:x",
            Change = Str(c, "change") ?? "modified",
            Severity = Chitin.Audit.Findings.LayerNames.TryParseSeverity(Str(c, "severity") ?? "high", out var sev) ? sev : Chitin.Audit.Findings.Severity.High,
            Detail = Str(c, "detail") ?? "content changed",
        })],
    };

    private static ContainerFacts Container(J5Object c) => new()
    {
        Id = Str(c, "id") ?? "0123456789ab",
        Name = Str(c, "name") ?? "openclaw-gateway",
        Image = Str(c, "image") ?? "openclaw:local",
        User = Str(c, "user") ?? "",
        Privileged = c["privileged"] is J5Bool { Value: true },
        CapAdd = ConfigView.GetStrings(c["capAdd"]),
        CapDrop = ConfigView.GetStrings(c["capDrop"]),
        SecurityOpt = ConfigView.GetStrings(c["securityOpt"]),
        ReadonlyRootfs = c["readonlyRootfs"] is J5Bool { Value: true },
        Memory = (long)(Num(c, "memory") ?? 0),
        NanoCpus = (long)(Num(c, "nanoCpus") ?? 0),
        CpuQuota = (long)(Num(c, "cpuQuota") ?? 0),
        PidsLimit = Num(c, "pidsLimit") is { } pl ? (long)pl : null,
        NetworkMode = Str(c, "networkMode") ?? "bridge",
        PidMode = Str(c, "pidMode") ?? "",
        IpcMode = Str(c, "ipcMode") ?? "private",
        UtsMode = Str(c, "utsMode") ?? "",
        UsernsMode = Str(c, "usernsMode") ?? "",
        Mounts = [.. Items(c, "mounts").Select(m => new ContainerMount(Str(m, "type") ?? "bind", Str(m, "source") ?? "", Str(m, "destination") ?? "", m["rw"] is not J5Bool { Value: false }))],
        Ports = [.. Items(c, "ports").Select(p => new PortBinding(Str(p, "containerPort") ?? "18789/tcp", Str(p, "hostIp") ?? "", Str(p, "hostPort") ?? "18789"))],
        Devices = ConfigView.GetStrings(c["devices"]),
        EnvNames = ConfigView.GetStrings(c["envNames"]),
        SecretEnvNames = ConfigView.GetStrings(c["secretEnvNames"]),
        HasHealthcheck = c["hasHealthcheck"] is J5Bool { Value: true },
        RestartPolicy = Str(c, "restartPolicy") ?? "",
        Labels = (c["labels"] as J5Object)?.Members.ToDictionary(p => p.Key, p => (p.Value as J5String)?.Value ?? "") ?? [],
    };

    /// <summary><c>skillScans</c>: <c>[{name, path, kind, location, verdict, reasons: [], notes: [], findings: [{ruleId, family, severity, file, line, excerpt}]}]</c>.</summary>
    private static Chitin.Audit.Skills.SkillScanResult SkillScan(J5Object s) => new()
    {
        Name = Str(s, "name") ?? "skill",
        Path = Str(s, "path") ?? Path.Combine(StateDir, "workspace", "skills", Str(s, "name") ?? "skill"),
        Kind = Str(s, "kind") ?? "skill",
        Location = Str(s, "location") ?? "workspace",
        Verdict = Enum.Parse<Chitin.Audit.Skills.SkillVerdict>(Str(s, "verdict") ?? "clean", ignoreCase: true),
        Reasons = ConfigView.GetStrings(s["reasons"]),
        Notes = ConfigView.GetStrings(s["notes"]),
        Findings = [.. Items(s, "findings").Select(f => new Chitin.Audit.Skills.SkillFinding
        {
            RuleId = Str(f, "ruleId") ?? "SKL-X",
            Family = Str(f, "family") ?? "download-exec",
            Severity = Chitin.Audit.Findings.LayerNames.TryParseSeverity(Str(f, "severity") ?? "high", out var sev) ? sev : Chitin.Audit.Findings.Severity.High,
            Title = Str(f, "title") ?? "finding",
            Why = "fixture",
            File = Str(f, "file"),
            Line = Num(f, "line") is { } l ? (int)l : null,
            Excerpt = Str(f, "excerpt"),
        })],
    };

    private static Listener ParseListener(string s)
    {
        var v6 = s.StartsWith('[');
        var cut = s.LastIndexOf(':');
        var addr = s[..cut].Trim('[', ']');
        return new Listener(addr, int.Parse(s[(cut + 1)..], CultureInfo.InvariantCulture), v6, 0, 1);
    }

    private static IEnumerable<J5Property> Members(J5Object o, string key) => (o[key] as J5Object)?.Members ?? [];

    private static IEnumerable<J5Object> Items(J5Object o, string key) => (o[key] as J5Array)?.Items.OfType<J5Object>() ?? [];

    private static string? Str(J5Object o, string key) => (o[key] as J5String)?.Value;

    private static double? Num(J5Object o, string key) => (o[key] as J5Number)?.Value;

    private static int Octal(string s) => Convert.ToInt32(s, 8);
}

using Chitin.Audit.Install.Docker;
using Chitin.Audit.Install.FileSystem;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Install;

/// <summary>
/// Reads one OpenClaw install into an <see cref="OpenClawInstall"/> snapshot. Reading happens here, once;
/// every missing or unreadable part becomes a <see cref="LoadNote"/>, never an exception. Symlinks are
/// recorded, never followed out of the state dir for reading.
/// </summary>
public static class InstallLoader
{
    private static readonly string[] PersonaFiles =
        ["AGENTS.md", "SOUL.md", "TOOLS.md", "IDENTITY.md", "USER.md", "HEARTBEAT.md", "BOOTSTRAP.md", "BOOT.md", "MEMORY.md"];

    private const int MaxEntriesPerDir = 2000;

    public static async Task<OpenClawInstall> LoadAsync(InstallOptions options, CancellationToken ct = default)
    {
        var loc = StateDirLocator.Locate(options.StateDir, options.ConfigPath, options.Environment, options.FallbackHome);
        var notes = new List<LoadNote>();
        var files = new Dictionary<string, FileFacts>(StringComparer.Ordinal);
        FileFacts Probe(string path)
        {
            if (!files.TryGetValue(path, out var f))
            {
                f = FileProbe.Probe(path);
                files[path] = f;
            }

            return f;
        }

        var stateFacts = Probe(loc.StateDir);
        if (!stateFacts.Exists)
        {
            notes.Add(new LoadNote("state-dir", $"state dir {loc.StateDir} does not exist (found via {loc.How})", loc.StateDir, Error: true));
        }

        // Config and includes.
        var configFacts = Probe(loc.ConfigPath);
        var configExists = configFacts.Exists;
        var docs = new List<Json5Document>();
        var includePaths = new List<string>();
        var config = ConfigView.Empty;
        if (configExists)
        {
            try
            {
                var doc = Json5Reader.ParseFile(loc.ConfigPath);
                docs.Add(doc);
                var loaded = ConfigLoading.Load(doc, options.IncludeRoots, notes);
                config = loaded.Config;
                docs.AddRange(loaded.Includes);
                includePaths.AddRange(loaded.IncludePaths);
            }
            catch (Json5Exception e)
            {
                notes.Add(new LoadNote("config", e.Reason, e.File, e.Line, e.Column, Error: true));
            }
        }

        foreach (var inc in includePaths)
        {
            Probe(inc);
        }

        // .env in the state dir (values stay in memory for comparisons).
        var dotenvPath = Path.Combine(loc.StateDir, ".env");
        var dotenv = new List<DotEnvEntry>();
        var envFacts = Probe(dotenvPath);
        if (envFacts.Kind == FileKind.File && envFacts.Size < 1024 * 1024)
        {
            TryRead(dotenvPath, notes, text => dotenv.AddRange(DotEnvParser.Parse(text, dotenvPath)));
        }

        // Agents.
        var agentIds = ListDirs(Path.Combine(loc.StateDir, "agents"), notes).Select(Path.GetFileName).OfType<string>().ToList();
        var workspaceEnv = options.Environment.TryGetValue("OPENCLAW_WORKSPACE_DIR", out var we) ? we : null;
        var agents = AgentResolver.Resolve(config, loc.StateDir, loc.HomeDir, agentIds, workspaceEnv);

        // File facts the checks need.
        foreach (var entry in ListEntries(loc.StateDir, notes))
        {
            Probe(entry);
        }

        var credentialsDir = options.Environment.TryGetValue("OPENCLAW_OAUTH_DIR", out var od) && od.Length > 0 ? od : Path.Combine(loc.StateDir, "credentials");
        ProbeTree(credentialsDir, 3, Probe, notes);
        foreach (var a in agents)
        {
            var agentRoot = Path.Combine(loc.StateDir, "agents", a.Id);
            Probe(agentRoot);
            Probe(a.AgentDir);
            foreach (var f in new[] { "auth-profiles.json", "auth.json", "openclaw-agent.sqlite", "openclaw-agent.sqlite-wal", "openclaw-agent.sqlite-shm" })
            {
                Probe(Path.Combine(a.AgentDir, f));
            }

            var sessions = Path.Combine(agentRoot, "sessions");
            Probe(sessions);
            Probe(Path.Combine(sessions, "sessions.json"));
            Probe(a.Workspace);
            foreach (var p in PersonaFiles)
            {
                Probe(Path.Combine(a.Workspace, p));
            }
        }

        foreach (var rel in new[] { "state", "state/openclaw.sqlite", "state/openclaw.sqlite-wal", "state/openclaw.sqlite-shm", "extensions", "skills", "hooks", "secrets.json", "identity/device.json", "exec-approvals.json", "gateway/tls/gateway-key.pem", "logs" })
        {
            Probe(Path.Combine(loc.StateDir, rel));
        }

        if (config.GetString("logging.file") is { } logFile)
        {
            Probe(AgentResolver.ExpandHome(logFile, loc.HomeDir));
        }

        // Skills.
        var skills = new List<SkillInfo>();
        foreach (var (root, location) in SkillRoots(config, agents, loc))
        {
            skills.AddRange(ScanSkills(root, location, notes));
        }

        // Extensions (plugins).
        var extensions = new List<ExtensionInfo>();
        foreach (var dir in ListDirs(Path.Combine(loc.StateDir, "extensions"), notes))
        {
            extensions.Add(ReadExtension(dir));
        }

        // mcporter registry.
        var mcporterPath = Path.Combine(loc.StateDir, "skills", "config", "mcporter.json");
        var mcporterFacts = Probe(mcporterPath);
        J5Node? mcporter = null;
        if (mcporterFacts.Kind == FileKind.File)
        {
            try
            {
                var doc = Json5Reader.ParseFile(mcporterPath, new Json5Options { MaxBytes = 16 * 1024 * 1024 });
                mcporter = doc.Root;
            }
            catch (Json5Exception e)
            {
                notes.Add(new LoadNote("mcporter", e.Reason, e.File, e.Line, e.Column));
            }
        }

        var db = StateDbReader.Read(Path.Combine(loc.StateDir, "state", "openclaw.sqlite"), loc.HomeDir, loc.StateDir);
        notes.AddRange(db.Notes);

        IReadOnlyList<Listener>? listeners = null;
        if (options.ProcNet is not null)
        {
            listeners = ProcNetReader.Read(options.ProcNet);
            if (listeners is null)
            {
                notes.Add(new LoadNote("network", $"cannot read {options.ProcNet}/tcp*; listening sockets unknown"));
            }
        }

        ContainerFacts? container = null;
        IReadOnlyList<ContainerFacts> browsers = [];
        string? containerNote = "container inspection disabled";
        if (options.DockerSocket is not null)
        {
            (container, browsers, containerNote) = await GatewayContainerLocator
                .LocateAsync(options.DockerSocket, loc.StateDir, options.ContainerName, options.DockerTimeout, ct).ConfigureAwait(false);
        }

        var (version, versionSource) = DetectVersion(options, config);
        return new OpenClawInstall
        {
            StateDir = loc.StateDir,
            ConfigPath = loc.ConfigPath,
            HomeDir = loc.HomeDir,
            Config = config,
            ConfigExists = configExists,
            ConfigFiles = docs,
            IncludePaths = includePaths,
            Notes = notes,
            Environment = options.Environment,
            DotEnv = dotenv,
            Files = files,
            Agents = agents,
            Skills = skills,
            SkillScans = Chitin.Audit.Skills.SkillScanner.Default.ScanInstalled(skills, extensions),
            McpServers = McpServerCatalog.From(config, mcporter),
            McporterRegistryPresent = mcporterFacts.Exists,
            InstallRecords = db.Records,
            Extensions = extensions,
            ExecApprovals = db.Approvals,
            Listeners = listeners,
            GatewayContainer = container,
            SandboxBrowserContainers = browsers,
            ContainerNote = containerNote,
            OpenClawVersion = version,
            OpenClawVersionSource = versionSource,
            Integrity = Chitin.Audit.Integrity.IntegrityStatus.ForInstall(options, loc.StateDir, loc.ConfigPath, loc.HomeDir, includePaths, agents, config),
        };
    }

    private static (string? Version, string? Source) DetectVersion(InstallOptions options, ConfigView config)
    {
        foreach (var candidate in options.OpenClawPackageCandidates)
        {
            try
            {
                if (File.Exists(candidate) && ((Json5Reader.ParseFile(candidate).Root as J5Object)?["version"] as J5String)?.Value is { } v)
                {
                    return (v, candidate);
                }
            }
            catch (Json5Exception)
            {
                // not a usable package.json; try the next
            }
        }

        return config.GetString("meta.lastTouchedVersion") is { } touched ? (touched, "meta.lastTouchedVersion") : (null, null);
    }

    private static IEnumerable<(string Root, string Location)> SkillRoots(ConfigView config, IReadOnlyList<AgentInfo> agents, StateDirLocator.Location loc)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in agents)
        {
            if (seen.Add(Path.Combine(a.Workspace, "skills")))
            {
                yield return (Path.Combine(a.Workspace, "skills"), "workspace");
                yield return (Path.Combine(a.Workspace, ".agents", "skills"), "workspace-agents");
            }

            yield return (Path.Combine(a.AgentDir, "workshop-skills"), "workshop");
        }

        yield return (Path.Combine(loc.HomeDir, ".agents", "skills"), "user-agents");
        yield return (Path.Combine(loc.StateDir, "skills"), "managed");
        foreach (var extra in config.GetStrings("skills.load.extraDirs"))
        {
            yield return (AgentResolver.ExpandHome(extra, loc.HomeDir), "extra");
        }
    }

    private static IEnumerable<SkillInfo> ScanSkills(string root, string location, List<LoadNote> notes)
    {
        foreach (var dir in ListEntries(root, notes))
        {
            var name = Path.GetFileName(dir);
            if (name == "config" && location == "managed")
            {
                continue;
            }

            var facts = FileProbe.Probe(dir);
            string? escapes = null;
            var isDir = facts.Kind == FileKind.Directory || (facts.Kind == FileKind.Symlink && facts.TargetKind == FileKind.Directory);
            if (!isDir)
            {
                continue;
            }

            var skillMd = Path.Combine(dir, "SKILL.md");
            var real = FileProbe.RealPath(skillMd) ?? FileProbe.RealPath(dir);
            var realRoot = FileProbe.RealPath(root) ?? root;
            if (real is not null && !FileProbe.IsInside(real, realRoot))
            {
                escapes = real;
            }

            yield return new SkillInfo
            {
                Name = name,
                Dir = dir,
                Location = location,
                Root = root,
                EscapesTo = escapes,
                HasSkillMd = Path.Exists(skillMd),
            };
        }
    }

    private static ExtensionInfo ReadExtension(string dir)
    {
        var id = Path.GetFileName(dir);
        var pkg = Path.Combine(dir, "package.json");
        if (!File.Exists(pkg))
        {
            return new ExtensionInfo { Id = id, Dir = dir, ManifestError = "package.json missing" };
        }

        try
        {
            var root = Json5Reader.ParseFile(pkg).Root as J5Object;
            return new ExtensionInfo
            {
                Id = id,
                Dir = dir,
                PackageName = (root?["name"] as J5String)?.Value,
                PackageVersion = (root?["version"] as J5String)?.Value,
                Entries = ConfigView.GetStrings(ConfigView.Get(root, "openclaw.extensions")),
                ManifestError = root is null ? "package.json is not an object" : null,
            };
        }
        catch (Json5Exception e)
        {
            return new ExtensionInfo { Id = id, Dir = dir, ManifestError = $"line {e.Line}: {e.Reason}" };
        }
    }

    private static void ProbeTree(string dir, int depth, Func<string, FileFacts> probe, List<LoadNote> notes)
    {
        var f = probe(dir);
        if (f.Kind != FileKind.Directory || depth == 0)
        {
            return;
        }

        foreach (var e in ListEntries(dir, notes))
        {
            var ef = probe(e);
            if (ef.Kind == FileKind.Directory)
            {
                ProbeTree(e, depth - 1, probe, notes);
            }
        }
    }

    /// <summary>Directory entries (not following a symlinked directory), capped; unreadable → note.</summary>
    private static List<string> ListEntries(string dir, List<LoadNote> notes)
    {
        var list = new List<string>();
        try
        {
            var info = new DirectoryInfo(dir);
            if (!info.Exists)
            {
                return list;
            }

            foreach (var e in info.EnumerateFileSystemInfos())
            {
                list.Add(e.FullName);
                if (list.Count >= MaxEntriesPerDir)
                {
                    notes.Add(new LoadNote("scan", $"more than {MaxEntriesPerDir} entries in {dir}; the rest were not examined", dir));
                    break;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            notes.Add(new LoadNote("scan", $"cannot list {dir}: {e.Message}", dir));
        }

        list.Sort(StringComparer.Ordinal);
        return list;
    }

    private static List<string> ListDirs(string dir, List<LoadNote> notes) =>
        [.. ListEntries(dir, notes).Where(e => FileProbe.Probe(e).Kind == FileKind.Directory)];

    private static void TryRead(string path, List<LoadNote> notes, Action<string> use)
    {
        try
        {
            use(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            notes.Add(new LoadNote("file", $"cannot read {path}: {e.Message}", path));
        }
    }
}

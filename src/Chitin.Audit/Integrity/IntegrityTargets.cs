using Chitin.Audit.Install;
using Chitin.Audit.Install.FileSystem;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Integrity;

/// <summary>
/// Where one install's baseline looks: the state dir, the config file and its includes, each agent's workspace
/// and agent dir, and the extra skills folders (~/.agents/skills, <c>skills.load.extraDirs</c>). What is recorded
/// under each root comes from the policy's <c>scope</c>.
/// </summary>
public sealed record IntegrityTargets
{
    public required string StateDir { get; init; }

    public required string ConfigPath { get; init; }

    public string HomeDir { get; init; } = "/root";

    public IReadOnlyList<string> IncludePaths { get; init; } = [];

    public IReadOnlyList<string> Workspaces { get; init; } = [];

    public IReadOnlyList<string> AgentDirs { get; init; } = [];

    public IReadOnlyList<string> SkillDirs { get; init; } = [];

    /// <summary>The walked roots, most specific scope first (a path reachable from two roots takes the first one's key).</summary>
    public IReadOnlyList<BaselineRoot> Roots =>
    [
        .. Workspaces.Select(w => new BaselineRoot("workspace", w)),
        .. AgentDirs.Select(a => new BaselineRoot("agent", a)),
        .. SkillDirs.Select(s => new BaselineRoot("skills", s)),
        new BaselineRoot("state", StateDir),
    ];

    /// <summary>Targets from what the install loader already read.</summary>
    public static IntegrityTargets From(string stateDir, string configPath, string homeDir, IReadOnlyList<string> includePaths, IReadOnlyList<AgentInfo> agents, ConfigView config)
    {
        var skillDirs = new List<string> { Path.Combine(homeDir, ".agents", "skills") };
        skillDirs.AddRange(config.GetStrings("skills.load.extraDirs").Select(d => Full(AgentResolver.ExpandHome(d, homeDir))));
        return new IntegrityTargets
        {
            StateDir = Full(stateDir),
            ConfigPath = Full(configPath),
            HomeDir = homeDir,
            IncludePaths = [.. includePaths.Select(Full).Distinct(StringComparer.Ordinal)],
            Workspaces = [.. agents.Select(a => Full(a.Workspace)).Distinct(StringComparer.Ordinal)],
            AgentDirs = [.. agents.Select(a => Full(a.AgentDir)).Distinct(StringComparer.Ordinal)],
            SkillDirs = [.. skillDirs.Distinct(StringComparer.Ordinal)],
        };
    }

    /// <summary>
    /// Finds the install the way OpenClaw does and reads only what the targets need (config, includes, agent
    /// folders). A missing or broken config leaves the defaults (main agent, default workspace).
    /// </summary>
    public static IntegrityTargets Load(string? stateDir, string? configPath, IReadOnlyDictionary<string, string> env, string fallbackHome, IReadOnlyList<string>? includeRoots = null)
    {
        var loc = StateDirLocator.Locate(stateDir, configPath, env, fallbackHome);
        var config = ConfigView.Empty;
        IReadOnlyList<string> includes = [];
        if (UnixFileSystem.Lstat(loc.ConfigPath) is { IsRegular: true })
        {
            try
            {
                var loaded = ConfigLoading.Load(Json5Reader.ParseFile(loc.ConfigPath), includeRoots ?? [], []);
                config = loaded.Config;
                includes = loaded.IncludePaths;
            }
            catch (Exception e) when (e is Json5Exception or IOException or UnauthorizedAccessException)
            {
                // a broken config is itself a change the verify reports; the default roots still apply
            }
        }

        var ids = new List<string>();
        try
        {
            var agentsDir = Path.Combine(loc.StateDir, "agents");
            if (Directory.Exists(agentsDir))
            {
                ids.AddRange(Directory.EnumerateDirectories(agentsDir).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // no agent folders visible: the configured agents still apply
        }

        var workspaceEnv = env.TryGetValue("OPENCLAW_WORKSPACE_DIR", out var we) && we.Length > 0 ? we : null;
        var agents = AgentResolver.Resolve(config, loc.StateDir, loc.HomeDir, ids, workspaceEnv);
        return From(loc.StateDir, loc.ConfigPath, loc.HomeDir, includes, agents, config);
    }

    private static string Full(string p) => Path.GetFullPath(p).TrimEnd('/') is { Length: > 0 } s ? s : "/";
}

using Chitin.Audit.Integrity;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Install;

/// <summary>
/// An immutable snapshot of one OpenClaw install, read once up front by the install loader.
/// Checks are pure functions of it. Tests build it directly with object initializers.
/// </summary>
public sealed class OpenClawInstall
{
    public required string StateDir { get; init; }

    public required string ConfigPath { get; init; }

    public string HomeDir { get; init; } = "/root";

    /// <summary>Merged config (includes resolved). Empty when there is no config file.</summary>
    public ConfigView Config { get; init; } = ConfigView.Empty;

    public bool ConfigExists { get; init; }

    /// <summary>Every config file read: the main file first, then includes.</summary>
    public IReadOnlyList<Json5Document> ConfigFiles { get; init; } = [];

    /// <summary>Paths of <c>$include</c> files (resolved, whether or not they could be parsed).</summary>
    public IReadOnlyList<string> IncludePaths { get; init; } = [];

    public IReadOnlyList<LoadNote> Notes { get; init; } = [];

    /// <summary>OPENCLAW_* and related variables of the auditing environment (comparison only; never printed).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Entries of <c>&lt;state&gt;/.env</c>.</summary>
    public IReadOnlyList<DotEnvEntry> DotEnv { get; init; } = [];

    /// <summary>lstat facts for every path the loader looked at, keyed by absolute path.</summary>
    public IReadOnlyDictionary<string, FileFacts> Files { get; init; } = new Dictionary<string, FileFacts>();

    public IReadOnlyList<AgentInfo> Agents { get; init; } = [];

    public IReadOnlyList<SkillInfo> Skills { get; init; } = [];

    /// <summary>Skill-scanner results for <see cref="Skills"/> and the plugin folders in <see cref="Extensions"/> (filled by the loader).</summary>
    public IReadOnlyList<Chitin.Audit.Skills.SkillScanResult> SkillScans { get; init; } = [];

    public IReadOnlyList<McpServer> McpServers { get; init; } = [];

    /// <summary>True when <c>skills/config/mcporter.json</c> exists (whether or not it parsed).</summary>
    public bool McporterRegistryPresent { get; init; }

    public IReadOnlyList<InstallRecord> InstallRecords { get; init; } = [];

    public IReadOnlyList<ExtensionInfo> Extensions { get; init; } = [];

    public ExecApprovals? ExecApprovals { get; init; }

    /// <summary>Listening TCP sockets; null when /proc/net could not be read.</summary>
    public IReadOnlyList<Listener>? Listeners { get; init; }

    /// <summary>The container the gateway runs in, when a Docker engine answered and one was found.</summary>
    public ContainerFacts? GatewayContainer { get; init; }

    /// <summary>
    /// OpenClaw's sandbox browser containers (label <c>openclaw.sandboxBrowser=1</c>), inspected when a Docker
    /// engine answered; empty when none exist or none could be listed.
    /// </summary>
    public IReadOnlyList<ContainerFacts> SandboxBrowserContainers { get; init; } = [];

    /// <summary>Why no container was inspected (no engine, none found, error).</summary>
    public string? ContainerNote { get; init; }

    /// <summary>OpenClaw version in use: installed package if found, else <c>meta.lastTouchedVersion</c>.</summary>
    public string? OpenClawVersion { get; init; }

    public string? OpenClawVersionSource { get; init; }

    /// <summary>Baseline and drift (chitin baseline/verify); null when the caller did not ask for it.</summary>
    public IntegrityStatus? Integrity { get; init; }

    public string StateDbPath => System.IO.Path.Combine(StateDir, "state", "openclaw.sqlite");

    public FileFacts File(string path) =>
        Files.TryGetValue(path, out var f) ? f : new FileFacts { Path = path };

    public FileFacts StateFile(params string[] relative) => File(System.IO.Path.Combine([StateDir, .. relative]));
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Install;

namespace Chitin.Audit.Fixes.BuiltIn;

/// <summary>
/// Takes group and other bits off everything secret in the state dir (dirs end at 700, files at 600): the state
/// dir, the config and its includes, .env, credentials/**, agents/*/agent/*, session stores, state/openclaw.sqlite*,
/// device identity, TLS key, secrets.json and a configured log file inside the state dir. Agent workspaces and
/// persona files only lose group/other write. Symlinks are never changed, nor anything outside the state dir
/// (the applier re-checks both right before each chmod).
/// </summary>
internal sealed class FileModesFix : IFix
{
    private static readonly string[] StateFiles =
        [".env", "secrets.json", "exec-approvals.json", "identity/device.json", "gateway/tls/gateway-key.pem"];

    private static readonly string[] StateDirs = ["state", "credentials", "agents", "identity", "gateway/tls", "logs"];

    public string Id => "FIX-FILE-MODES";

    public string Title => "Close state files and directories to other users";

    public IReadOnlyList<string> CheckIds { get; } =
    [
        "CHI-IDS-001", "CHI-IDS-002", "CHI-IDS-003", "CHI-IDS-004", "CHI-IDS-005", "CHI-IDS-006", "CHI-IDS-007",
        "CHI-IDS-014", "CHI-IDS-016", "CHI-IDS-019",
        "fs.state_dir.perms_world_writable", "fs.state_dir.perms_group_writable", "fs.state_dir.perms_readable",
        "fs.config.perms_writable", "fs.config.perms_world_readable", "fs.config.perms_group_readable",
        "fs.config_include.perms_writable", "fs.config_include.perms_world_readable", "fs.config_include.perms_group_readable",
        "fs.credentials_dir.perms_writable", "fs.credentials_dir.perms_readable",
        "fs.auth_profiles.perms_writable", "fs.auth_profiles.perms_readable", "fs.sessions_store.perms_readable", "fs.log_file.perms_readable",
    ];

    public IEnumerable<FixChange> Plan(OpenClawInstall install, FixContext context)
    {
        var state = install.StateDir;
        var secret = new HashSet<string>(StringComparer.Ordinal) { state, install.ConfigPath };
        secret.UnionWith(install.IncludePaths);
        foreach (var f in StateFiles)
        {
            secret.Add(Path.Combine(state, f));
        }

        if (install.Config.GetString("logging.file") is { } log)
        {
            secret.Add(AgentResolver.ExpandHome(log, install.HomeDir));
        }

        var secretTrees = StateDirs.Select(d => Path.Combine(state, d)).ToList();
        if (install.Environment.TryGetValue("OPENCLAW_OAUTH_DIR", out var oauth) && oauth.Trim().Length > 0)
        {
            secretTrees.Add(AgentResolver.ExpandHome(oauth.Trim(), install.HomeDir));
        }

        secretTrees.AddRange(install.Agents.Select(a => a.AgentDir));
        var workspaces = install.Agents.Select(a => a.Workspace).Distinct(StringComparer.Ordinal).ToList();

        foreach (var f in install.Files.Values.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            if (f.Kind is not (FileKind.File or FileKind.Directory))
            {
                continue;
            }

            var ownConfig = f.Path == install.ConfigPath || install.IncludePaths.Contains(f.Path);
            if (!ownConfig && !HostPath.IsInside(state, f.Path))
            {
                continue;
            }

            int wanted;
            string why;
            if (secret.Contains(f.Path) || secretTrees.Any(t => HostPath.IsInside(t, f.Path)) || IsStateDb(state, f.Path))
            {
                wanted = f.Mode & ~0x3F;
                why = f.Kind == FileKind.Directory ? "holds secrets; only the owner may list or enter it" : "holds secrets or private data; only the owner may read or write it";
            }
            else if (workspaces.Any(w => HostPath.IsInside(w, f.Path)))
            {
                wanted = f.Mode & ~0x12;
                why = "agent workspace or persona file; others must not be able to change what the agent reads";
            }
            else
            {
                continue;
            }

            if (wanted != f.Mode)
            {
                yield return new FileChmod(f.Path, f.Mode, wanted, f.Kind, f.Inode) { Reason = why };
            }
        }
    }

    private static bool IsStateDb(string state, string path) =>
        Path.GetDirectoryName(path) == Path.Combine(state, "state") && Path.GetFileName(path).StartsWith("openclaw.sqlite", StringComparison.Ordinal);
}

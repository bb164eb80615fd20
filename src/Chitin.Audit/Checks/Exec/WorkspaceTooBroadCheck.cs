using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Exec;

internal sealed class WorkspaceTooBroadCheck : IAuditCheck
{
    private static readonly string[] HomeRoots = ["/home/", "/Users/"];

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-EXE-020",
        Title = "Agent workspace is the filesystem root or a home directory",
        Layer = Layer.Exec,
        DefaultSeverity = Severity.Medium,
        Description = "The workspace is the agent's home: file tools (even with fs.workspaceOnly), skills, bootstrap files and sandbox mounts are rooted there. A workspace of / or a whole home directory puts ~/.ssh, ~/.openclaw credentials and shell profiles inside it.",
        Remediation = "Give each agent a dedicated directory (the default is <state>/workspace) and keep credentials outside it.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var home = HostPath.Normalize(install.HomeDir);
        foreach (var agent in install.Agents)
        {
            var ws = HostPath.Normalize(agent.Workspace);
            string? what = ws switch
            {
                "/" => "the filesystem root",
                "/root" => "root's home directory",
                "/home" or "/Users" => "the directory of all home directories",
                _ when ws == home => "the home directory",
                _ when IsUserHome(ws) => "a user's home directory",
                _ => null,
            };
            if (what is null)
            {
                continue;
            }

            var node = agent.Entry?["workspace"] ?? (agent.IsDefault ? install.Config.Get("agents.defaults.workspace") : null);
            var evidence = node is null ? Evidence.ForConfigPath(install.ConfigPath, "agents.defaults.workspace", agent.Workspace) : Evidence.At(node, agent.Workspace);
            yield return Info.Find($"Agent {agent.Id} uses {agent.Workspace} ({what}) as its workspace.", evidence, ws == "/" ? Severity.High : Severity.Medium);
        }
    }

    private static bool IsUserHome(string path)
    {
        foreach (var root in HomeRoots)
        {
            if (path.StartsWith(root, StringComparison.Ordinal) && path.Length > root.Length && !path[root.Length..].Contains('/', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

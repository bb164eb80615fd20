using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Mcp;

internal sealed class BroadFilesystemRootCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-MCP-005",
        Title = "MCP server gets the whole filesystem or a home directory",
        Layer = Layer.Mcp,
        DefaultSeverity = Severity.High,
        Description = "A filesystem server rooted at /, ~, $HOME, /root or /home (or a container with such a bind mount) lets the model read and write SSH keys, cloud credentials, the OpenClaw state dir and every other user's files, bypassing the agent's workspace limits.",
        Remediation = "Give the server only the project directories it needs (e.g. the agent workspace), read-only where possible, and filter its write tools with toolFilter.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var server in install.McpServers.Where(s => s.Enabled))
        {
            foreach (var root in McpServerTraits.BroadFilesystemRoots(server, install.HomeDir))
            {
                yield return Info.Find($"{McpEvidence.Label(server)} is given filesystem root \"{root.Value}\".", Evidence.At(root.Node, root.Value));
            }
        }
    }
}

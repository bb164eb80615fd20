using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Mcp;

internal sealed class SharedOAuthIdentityCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-MCP-008",
        Title = "MCP OAuth identity shared by every requester",
        Layer = Layer.Mcp,
        DefaultSeverity = Severity.Medium,
        Description = "With oauth.identity \"shared\" one OAuth grant serves every user who reaches the agent: anyone allowed to chat with it acts on the remote service as the account that authorized it.",
        Remediation = "Set oauth.identity to \"per-requester\" so each sender authorizes their own account, or restrict who can reach agents that see this server.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var server in install.McpServers.Where(s => s.Enabled))
        {
            if (ConfigView.Get(server.Definition, "oauth.identity") is J5String { Value: "shared" } node)
            {
                yield return Info.Find($"{McpEvidence.Label(server)} uses one shared OAuth identity for all requesters.", Evidence.At(node, "shared"));
            }
        }
    }
}

using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Mcp;

internal sealed class CodexAutoApprovalCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-MCP-010",
        Title = "Codex agents run this MCP server's tools without approval",
        Layer = Layer.Mcp,
        DefaultSeverity = Severity.Medium,
        Description = "codex.defaultToolsApprovalMode \"auto\" lets Codex app-server agents call every tool of the server without asking, so a prompt injection in anything they read can trigger the server's side effects.",
        Remediation = "Set codex.defaultToolsApprovalMode to \"prompt\" (or \"approve\" with a reviewed allowlist) for servers with side effects.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var server in install.McpServers.Where(s => s.Enabled))
        {
            if (ConfigView.Get(server.Definition, "codex.defaultToolsApprovalMode") is J5String { Value: "auto" } node)
            {
                yield return Info.Find($"{McpEvidence.Label(server)} sets codex.defaultToolsApprovalMode to \"auto\".", Evidence.At(node, "auto"),
                    McpServerTraits.HasBroadAccess(server, install.HomeDir) ? Severity.High : Severity.Medium);
            }
        }
    }
}

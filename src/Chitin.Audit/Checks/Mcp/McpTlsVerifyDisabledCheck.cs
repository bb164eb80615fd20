using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Mcp;

internal sealed class McpTlsVerifyDisabledCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-MCP-007",
        Title = "TLS certificate verification disabled for an MCP server",
        Layer = Layer.Mcp,
        DefaultSeverity = Severity.High,
        Description = "sslVerify: false accepts any certificate, so anyone on the network path can impersonate the server, read its Authorization headers and OAuth tokens, and feed the agent forged tool definitions and results.",
        Remediation = "Remove sslVerify: false; for a private CA trust it on the host (or use clientCert/clientKey for mTLS) instead of turning verification off.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var server in install.McpServers.Where(s => s.Enabled))
        {
            if (server.Definition["sslVerify"] is J5Bool { Value: false } node)
            {
                yield return Info.Find($"{McpEvidence.Label(server)} has sslVerify: false.", Evidence.At(node, "false"));
            }
        }
    }
}

using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Mcp;

internal sealed class MissingToolFilterCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-MCP-009",
        Title = "Broad-access MCP server exposes all its tools",
        Layer = Layer.Mcp,
        DefaultSeverity = Severity.Medium,
        Description = "Servers that reach the filesystem, a shell, containers or remote hosts usually offer write, delete and exec tools next to the harmless ones. Without toolFilter every one of them is callable by the model.",
        Remediation = "Add toolFilter.include with only the tools the agent needs (or toolFilter.exclude for the destructive ones), and deny <server>__* in tools.deny for agents that read untrusted input.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var server in install.McpServers.Where(s => s.Enabled))
        {
            var filter = server.Definition["toolFilter"] as J5Object;
            var filtered = ConfigView.GetStrings(filter?["include"]).Count > 0 || ConfigView.GetStrings(filter?["exclude"]).Count > 0;
            if (filtered || !McpServerTraits.HasBroadAccess(server, install.HomeDir))
            {
                continue;
            }

            var evidence = filter is not null ? Evidence.At(filter, "empty") : McpEvidence.At(server, "no toolFilter");
            yield return Info.Find($"{McpEvidence.Label(server)} has broad host access and no toolFilter; all of its tools are exposed to the model.", evidence);
        }
    }
}

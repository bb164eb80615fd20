using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Mcp;

internal sealed class McpAppsEnabledCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-MCP-001",
        Title = "MCP Apps (interactive server HTML) enabled",
        Layer = Layer.Mcp,
        DefaultSeverity = Severity.Medium,
        Description = "mcp.apps.enabled lets configured MCP servers render interactive HTML in the Control UI that can call their app-visible tools while the session runs; a malicious or compromised server gets a UI surface to trigger its own tools.",
        Remediation = "Set mcp.apps.enabled to false (the default) unless you need MCP Apps, and then keep only reviewed, pinned servers configured.",
        OpenClawCheckIds = ["mcp.apps.enabled"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.Config.Get("mcp.apps.enabled") is J5Bool { Value: true } node)
        {
            var servers = install.McpServers.Count(s => s.Enabled && s.Source == "config");
            yield return Info.Find($"mcp.apps.enabled=true lets the {servers} configured MCP server(s) provide interactive HTML that can call their tools.", Evidence.At(node, "true"));
        }
    }
}

using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Mcp;

/// <summary>How MCP findings name a server: its registry (openclaw.json mcp.servers or the mcporter registry) and name.</summary>
internal static class McpEvidence
{
    public static string Label(McpServer s) => s.Source == "mcporter" ? $"mcporter server \"{s.Name}\"" : $"MCP server \"{s.Name}\"";

    public static Evidence At(McpServer s, string? value = null) => Evidence.At(s.Definition, value);
}

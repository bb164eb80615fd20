namespace Chitin.Mcp;

/// <summary>Marker for the MCP inventory, policy and proxy assembly.</summary>
internal static class McpAssembly
{
}

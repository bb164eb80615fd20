using System.CommandLine;

namespace Chitin.Cli.Commands;

/// <summary><c>chitin mcp</c>: MCP server inventory, approval list and proxy.</summary>
internal static class McpCommand
{
    public static Command Create() => new("mcp", "MCP servers: audit, approve, proxy.");
}

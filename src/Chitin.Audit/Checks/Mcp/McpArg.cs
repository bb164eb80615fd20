using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Mcp;

/// <summary>One launch argument of an MCP server with the config node it came from (for evidence).</summary>
internal sealed record McpArg(string Value, J5Node Node);

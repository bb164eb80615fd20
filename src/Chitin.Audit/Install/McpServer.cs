using Chitin.Audit.Json5;

namespace Chitin.Audit.Install;

/// <summary>An MCP server definition from <c>mcp.servers</c> or the mcporter registry.</summary>
public sealed record McpServer
{
    public required string Name { get; init; }

    /// <summary>"config" (mcp.servers) or "mcporter" (skills/config/mcporter.json).</summary>
    public required string Source { get; init; }

    public required J5Object Definition { get; init; }

    public string? Command => (Definition["command"] as J5String)?.Value;

    public IReadOnlyList<string> Args => Definition["args"] is J5Array a ? [.. a.Items.OfType<J5String>().Select(s => s.Value)] : [];

    public string? Url => (Definition["url"] as J5String)?.Value;

    public bool Enabled => Definition["enabled"] is not J5Bool { Value: false };
}

namespace Chitin.Audit.Checks.Mcp;

/// <summary>The explicit list of Mcp-layer checks. Add one line per new check.</summary>
public static class McpChecks
{
    public static IReadOnlyList<IAuditCheck> All { get; } =
    [
    ];
}

using Chitin.Audit.Json5;

namespace Chitin.Audit.Install;

/// <summary>An agent known from the config or from <c>agents/&lt;id&gt;</c> on disk.</summary>
public sealed record AgentInfo
{
    public required string Id { get; init; }

    /// <summary>The agent's own config entry (agents.entries.&lt;id&gt; or an agents.list item), when configured.</summary>
    public J5Object? Entry { get; init; }

    public bool IsDefault { get; init; }

    public required string AgentDir { get; init; }

    public required string Workspace { get; init; }
}

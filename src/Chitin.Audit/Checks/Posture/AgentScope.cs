using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Posture;

/// <summary>
/// A policy context the way OpenClaw's audit walks them: <c>agents.defaults</c> (no agent id, no per-agent
/// tools) or one configured agent (<c>agents.entries.&lt;id&gt;</c> or an <c>agents.list[]</c> item).
/// </summary>
internal sealed record AgentScope(string? AgentId, string Label, J5Object? Entry)
{
    public bool IsDefaults => AgentId is null;

    /// <summary>The agent's own <c>tools</c> block (null for the defaults context).</summary>
    public J5Object? Tools => Entry?["tools"] as J5Object;

    /// <summary>Where to point evidence for this scope's <paramref name="relative"/> key when it is absent.</summary>
    public string PathOf(string relative) => Entry is null ? "agents.defaults." + relative : (Entry.Path.Length > 0 ? Entry.Path : Label) + "." + relative;
}

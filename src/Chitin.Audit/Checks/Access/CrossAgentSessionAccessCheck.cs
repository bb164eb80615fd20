using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Access;

internal sealed class CrossAgentSessionAccessCheck : IAuditCheck
{
    private static readonly string[] RestrictionKeys = ["profile", "allow", "deny"];
    private static readonly string[] SessionTools = ["sessions_list", "sessions_history", "sessions_search", "sessions_send", "session_status"];

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-ACC-007",
        Title = "Agents can read each other's sessions (default visibility)",
        Layer = Layer.Access,
        DefaultSeverity = Severity.Medium,
        Description = "With two or more agents, tools.sessions.visibility resolving to \"all\" (the default) and agent-to-agent messaging on with no allow list, an agent with session tools can list, read and message every other agent's sessions, including other users' transcripts. It matters most when agents were meant to be separate (different sandboxes, tool limits or users).",
        Remediation = "Set tools.sessions.visibility to \"agent\", \"tree\" or \"self\"; restrict tools.agentToAgent.allow to the intended ids, or set tools.agentToAgent.enabled false.",
        OpenClawCheckIds = ["security.trust_model.cross_agent_session_access_default"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var c = install.Config;
        var ids = AgentRoster.Ids(install);
        var raw = c.GetString("tools.sessions.visibility")?.Trim().ToLowerInvariant();
        var visibility = raw is "self" or "tree" or "agent" ? raw : "all";
        if (ids.Count < 2 || visibility != "all" || c.GetBool("tools.agentToAgent.enabled") == false || c.GetArray("tools.agentToAgent.allow") is { Count: > 0 })
        {
            yield break;
        }

        var clamp = c.GetString("agents.defaults.sandbox.sessionToolsVisibility") ?? "spawned";
        var configured = AgentRoster.Configured(install);
        var reachers = new List<string>();
        var signals = new List<string>();
        foreach (var id in ids)
        {
            var scope = configured.FirstOrDefault(a => a.AgentId == id) ?? new AgentScope(id, "agents.entries." + id, null);
            var mode = SandboxPosture.For(install, scope).Mode;
            if (mode != "off")
            {
                signals.Add($"{id}: sandbox.mode=\"{mode}\"");
            }

            var allowed = SessionTools.Where(t => ToolPolicy.AllAllow(t, ToolPolicy.Resolve(c, scope.Tools, mode))).ToList();
            if ((mode != "all" || clamp == "all") && allowed.Count > 0)
            {
                reachers.Add($"{id} ({string.Join(", ", allowed)})");
            }

            var restrictions = RestrictionKeys.Where(k => scope.Tools?[k] is not (null or J5Null)).ToList();
            if (restrictions.Count > 0)
            {
                signals.Add($"{id}: agent-level tools.{string.Join("/", restrictions)}");
            }
        }

        if (reachers.Count == 0)
        {
            yield break;
        }

        signals.AddRange(InboundExposure.MultiUserSignals(c).Select(s => s.Text));
        yield return Info.Find(
            $"Agents {string.Join(", ", ids)} share Gateway-wide session access (visibility \"all\", agentToAgent on with no allow list); agents that can reach other sessions: {string.Join("; ", reachers)}."
                + (signals.Count > 0 ? $" Trust-boundary signals: {string.Join("; ", signals)}." : ""),
            ConfigEvidence.AtFirst(install, null, "tools.sessions.visibility", "tools.agentToAgent", "agents"),
            signals.Count > 0 ? Severity.Medium : Severity.Info);
    }
}

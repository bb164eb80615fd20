using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Identity;

/// <summary>
/// Which agent ids the file checks cover: OpenClaw's audit walks <c>main</c>, the default agent and every
/// configured agent under <c>&lt;state&gt;/agents/&lt;id&gt;</c>; Chitin also covers agents that exist only on disk.
/// </summary>
internal static class AuditedAgents
{
    /// <summary>Each agent id with whether OpenClaw's own audit looks at it.</summary>
    public static IReadOnlyList<(string Id, bool ByOpenClaw)> Ids(OpenClawInstall install)
    {
        var openclaw = new List<string> { "main" };
        if (AgentRoster.Configured(install).Count > 0 && AgentRoster.DefaultAgentId(install) is { } def)
        {
            openclaw.Add(def);
        }

        openclaw.AddRange(AgentRoster.Configured(install).Select(a => a.AgentId!));
        var list = openclaw.Select(Normalize).Distinct(StringComparer.Ordinal).Select(id => (id, true)).ToList();
        foreach (var a in install.Agents)
        {
            var id = Normalize(a.Id);
            if (list.All(x => x.id != id))
            {
                list.Add((id, false));
            }
        }

        return list;
    }

    private static string Normalize(string id) => id.Trim().ToLowerInvariant();
}

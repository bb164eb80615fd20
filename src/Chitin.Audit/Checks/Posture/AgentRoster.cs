using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Posture;

/// <summary>
/// The configured agent roster as OpenClaw's audit sees it (<c>listAgentEntries</c>,
/// <c>tryResolveDefaultAgentId</c>, <c>listAgentIds</c>): only agents with a config entry count; <c>main</c>
/// is implied when no roster is configured at all.
/// </summary>
internal static class AgentRoster
{
    public static IReadOnlyList<AgentScope> Configured(OpenClawInstall install) =>
        [.. install.Agents.Where(a => a.Entry is not null).Select(a => new AgentScope(a.Id, "agents.entries." + a.Id, a.Entry))];

    /// <summary><c>agents.defaults</c> followed by every configured agent.</summary>
    public static IReadOnlyList<AgentScope> Contexts(OpenClawInstall install) =>
        [new AgentScope(null, "agents.defaults", null), .. Configured(install)];

    public static bool HasRosterProperty(OpenClawInstall install) =>
        install.Config.Get("agents.entries") is not (null or J5Null) || install.Config.Get("agents.list") is not (null or J5Null);

    /// <summary>Exactly one <c>default: true</c> marker (unless ownership is explicit), else the sole agent, else <c>main</c> without a roster; null when ambiguous.</summary>
    public static string? DefaultAgentId(OpenClawInstall install)
    {
        var configured = Configured(install);
        if (install.Config.GetString("agents.ownership") != "explicit")
        {
            var marked = configured.Where(a => a.Entry?["default"] is J5Bool { Value: true }).ToList();
            if (marked.Count == 1)
            {
                return marked[0].AgentId;
            }
        }

        if (configured.Count == 0)
        {
            return HasRosterProperty(install) ? null : "main";
        }

        return configured.Count == 1 ? configured[0].AgentId : null;
    }

    /// <summary>Configured agent ids, or <c>main</c> when no roster is configured.</summary>
    public static IReadOnlyList<string> Ids(OpenClawInstall install)
    {
        var configured = Configured(install);
        if (configured.Count == 0 && !HasRosterProperty(install))
        {
            return ["main"];
        }

        return [.. configured.Select(a => a.AgentId!).Distinct(StringComparer.Ordinal)];
    }
}

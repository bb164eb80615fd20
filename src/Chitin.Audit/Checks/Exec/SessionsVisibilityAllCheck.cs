using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Exec;

internal sealed class SessionsVisibilityAllCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-EXE-022",
        Title = "Session tools see every session of every agent",
        Layer = Layer.Exec,
        DefaultSeverity = Severity.Medium,
        Description = "tools.sessions.visibility defaults to \"all\": sessions_list/history/search/send of any agent reach every other agent's and every user's transcripts on the gateway. With several agents, one injected agent reads them all.",
        Remediation = "Set tools.sessions.visibility to \"agent\", \"tree\" or \"self\".",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var ids = AgentRoster.Ids(install);
        if (ids.Count < 2)
        {
            yield break;
        }

        var node = install.Config.Get("tools.sessions.visibility");
        var value = (node as J5String)?.Value.Trim().ToLowerInvariant();
        if (value is "self" or "tree" or "agent")
        {
            yield break;
        }

        var state = node is J5String { Value: "all" } ? "\"all\"" : "unset (default \"all\")";
        yield return Info.Find(
            $"tools.sessions.visibility is {state} with {ids.Count} agents ({string.Join(", ", ids)}).",
            node is null ? Evidence.ForConfigPath(install.ConfigPath, "tools.sessions.visibility", "unset") : Evidence.At(node));
    }
}

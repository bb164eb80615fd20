using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Exec;

internal sealed class AgentToAgentUnrestrictedCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-EXE-023",
        Title = "Any agent may message any other agent",
        Layer = Layer.Exec,
        DefaultSeverity = Severity.Low,
        Description = "tools.agentToAgent is enabled by default with an empty allow list, which allows every pair. A low-trust agent (an open inbox, small model) can then drive a high-trust one that has exec or credentials.",
        Remediation = "Set tools.agentToAgent.allow to the intended requester/target ids, or tools.agentToAgent.enabled to false.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var ids = AgentRoster.Ids(install);
        if (ids.Count < 2 || install.Config.Get("tools.agentToAgent.enabled") is J5Bool { Value: false })
        {
            yield break;
        }

        var allowNode = install.Config.GetArray("tools.agentToAgent.allow");
        var allow = ConfigView.GetStrings(allowNode).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        if (allow.Count > 0 && !allow.Contains("*"))
        {
            yield break;
        }

        var why = allow.Contains("*") ? "allow contains \"*\"" : "no allow list (default: every pair)";
        yield return Info.Find(
            $"tools.agentToAgent is enabled with {why} across {ids.Count} agents ({string.Join(", ", ids)}).",
            allowNode is not null ? Evidence.At(allowNode) : Evidence.ForConfigPath(install.ConfigPath, "tools.agentToAgent.allow", "unset"));
    }
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Exec;

internal sealed class MinimalProfileOverriddenCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-EXE-011",
        Title = "Global tools.profile minimal is overridden by an agent",
        Layer = Layer.Exec,
        DefaultSeverity = Severity.Medium,
        Description = "tools.profile \"minimal\" reads like a gateway-wide lockdown, but an agent's own tools.profile replaces it, so that agent gets the wider tool set.",
        Remediation = "Set the agent's tools.profile to \"minimal\" or remove the override, or document why that agent needs more tools.",
        OpenClawCheckIds = ["tools.profile_minimal_overridden"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.Config.GetString("tools.profile") != "minimal")
        {
            yield break;
        }

        foreach (var agent in AgentRoster.Configured(install))
        {
            if (agent.Tools?["profile"] is J5String { Value.Length: > 0 } p && p.Value != "minimal")
            {
                yield return Info.Find($"{agent.Label}.tools.profile is \"{p.Value}\" although tools.profile is \"minimal\".", Evidence.At(p, p.Value));
            }
        }
    }
}

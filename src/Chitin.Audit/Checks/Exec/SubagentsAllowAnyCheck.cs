using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Exec;

internal sealed class SubagentsAllowAnyCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-EXE-026",
        Title = "Sessions may spawn any agent as a subagent",
        Layer = Layer.Exec,
        DefaultSeverity = Severity.Medium,
        Description = "subagents.allowAgents \"*\" lets a session spawn any configured agent, including ones with host exec, elevated mode or other credentials, so the weakest inbox inherits the strongest agent's tools.",
        Remediation = "List the specific agent ids each agent may spawn in subagents.allowAgents.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var nodes = new List<(string Label, J5Node? Node)> { ("agents.defaults.subagents.allowAgents", install.Config.Get("agents.defaults.subagents.allowAgents")) };
        nodes.AddRange(AgentRoster.Configured(install).Select(a => (a.Label + ".subagents.allowAgents", ConfigView.Get(a.Entry, "subagents.allowAgents"))));
        foreach (var (label, node) in nodes)
        {
            var star = node switch
            {
                J5String { Value: "*" } s => s,
                J5Array a => a.Items.OfType<J5String>().FirstOrDefault(i => i.Value.Trim() == "*"),
                _ => null,
            };
            if (star is not null)
            {
                yield return Info.Find($"{label} contains \"*\": any agent can be spawned.", Evidence.At(star, "*"));
            }
        }
    }
}

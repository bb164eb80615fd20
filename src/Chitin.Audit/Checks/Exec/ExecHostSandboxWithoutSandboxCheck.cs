using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Exec;

internal sealed class ExecHostSandboxWithoutSandboxCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-EXE-002",
        Title = "Exec host is sandbox but sandbox mode is off",
        Layer = Layer.Exec,
        DefaultSeverity = Severity.Low,
        Description = "tools.exec.host \"sandbox\" with sandbox mode off makes exec fail closed. The usual \"fix\" people reach for is host \"gateway\", which removes the isolation they meant to have.",
        Remediation = "Turn sandboxing on (agents.defaults.sandbox.mode \"all\" or \"non-main\", or the agent's sandbox.mode) instead of switching exec to the gateway host.",
        OpenClawCheckIds = ["tools.exec.host_sandbox_no_sandbox_defaults", "tools.exec.host_sandbox_no_sandbox_agents"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var defaultsSandbox = SandboxPosture.For(install, new AgentScope(null, "agents.defaults", null));
        if (install.Config.Get("tools.exec.host") is J5String { Value: "sandbox" } host && defaultsSandbox.Mode == "off")
        {
            yield return Info.Find(
                "tools.exec.host is \"sandbox\" while agents.defaults.sandbox.mode is off: exec fails closed.",
                Evidence.At(host, "sandbox"),
                openClawCheckId: "tools.exec.host_sandbox_no_sandbox_defaults");
        }

        foreach (var agent in AgentRoster.Configured(install))
        {
            if (ConfigView.Get(agent.Tools, "exec.host") is J5String { Value: "sandbox" } agentHost && SandboxPosture.For(install, agent).Mode == "off")
            {
                yield return Info.Find(
                    $"{agent.Label}.tools.exec.host is \"sandbox\" while that agent's sandbox mode is off: its exec fails closed.",
                    Evidence.At(agentHost, "sandbox"),
                    openClawCheckId: "tools.exec.host_sandbox_no_sandbox_agents",
                    title: "Agent exec host uses sandbox while sandbox mode is off");
            }
        }
    }
}

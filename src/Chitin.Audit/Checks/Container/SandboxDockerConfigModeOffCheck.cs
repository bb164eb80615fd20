using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Container;

internal sealed class SandboxDockerConfigModeOffCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-001",
        Title = "Sandbox docker settings configured while sandbox mode is off",
        Layer = Layer.Container,
        DefaultSeverity = Severity.Low,
        Description = "A docker block under agents.*.sandbox does nothing while that sandbox mode is off (the default). It reads like isolation that is not there.",
        Remediation = "Enable sandboxing where you meant it (agents.defaults.sandbox.mode \"all\" or \"non-main\", or the agent's sandbox.mode), or remove the unused docker settings.",
        OpenClawCheckIds = ["sandbox.docker_config_mode_off"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var agents = AgentRoster.Configured(install);
        var defaultsDocker = install.Config.Get("agents.defaults.sandbox.docker");
        var defaultMode = install.Config.GetString("agents.defaults.sandbox.mode") ?? "off";
        var anyAgentSandboxed = agents.Any(a => SandboxPosture.For(install, a).Mode != "off");
        if (Configured(defaultsDocker) && defaultMode == "off" && !anyAgentSandboxed)
        {
            yield return Info.Find("agents.defaults.sandbox.docker is set but no agent has sandboxing on; these settings take no effect.", Evidence.At(defaultsDocker!));
        }

        foreach (var agent in agents)
        {
            var docker = ConfigView.Get(agent.Entry, "sandbox.docker");
            if (Configured(docker) && SandboxPosture.For(install, agent).Mode == "off")
            {
                yield return Info.Find($"{agent.Label}.sandbox.docker is set but that agent's sandbox mode is off.", Evidence.At(docker!));
            }
        }
    }

    private static bool Configured(J5Node? docker) => docker is J5Object { Count: > 0 };
}

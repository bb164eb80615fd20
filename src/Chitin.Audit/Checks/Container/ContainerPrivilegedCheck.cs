using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Container;

internal sealed class ContainerPrivilegedCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-008",
        Title = "Gateway container is privileged",
        Layer = Layer.Container,
        DefaultSeverity = Severity.Critical,
        Description = "A privileged container has every capability, all host devices and no seccomp/AppArmor confinement: the agent's exec is root on the host in a few commands.",
        Remediation = "Remove `privileged: true` / `--privileged`; add back only the specific capability or device the deployment needs.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.GatewayContainer is { Privileged: true } c)
        {
            yield return Info.Find($"Container {c.Name} runs with --privileged.", Evidence.ForContainer(c.Name, "HostConfig.Privileged", "true"));
        }
    }
}

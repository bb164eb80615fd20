using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Container;

internal sealed class ContainerNoRestartPolicyCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-022",
        Title = "Gateway container has no restart policy",
        Layer = Layer.Container,
        DefaultSeverity = Severity.Info,
        Description = "With restart policy \"no\" the gateway stays down after a crash or host reboot; posture note, not a weakness.",
        Remediation = "Set `restart: unless-stopped` (`--restart unless-stopped`).",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.GatewayContainer is { } c && c.RestartPolicy.Trim() is "" or "no")
        {
            yield return Info.Find($"Container {c.Name} has restart policy \"{(c.RestartPolicy.Length == 0 ? "no" : c.RestartPolicy)}\".", Evidence.ForContainer(c.Name, "HostConfig.RestartPolicy.Name", c.RestartPolicy.Length == 0 ? "no" : c.RestartPolicy));
        }
    }
}

using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Container;

internal sealed class ContainerWritableRootfsCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-013",
        Title = "Gateway container root filesystem is writable",
        Layer = Layer.Container,
        DefaultSeverity = Severity.Low,
        Description = "A writable root lets a compromised agent replace binaries and libraries in the image (including the OpenClaw package itself) so the change survives restarts of the process.",
        Remediation = "Set `read_only: true` (`--read-only`) with tmpfs for /tmp and a volume for the state dir.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.GatewayContainer is { ReadonlyRootfs: false } c)
        {
            yield return Info.Find($"Container {c.Name} has a writable root filesystem.", Evidence.ForContainer(c.Name, "HostConfig.ReadonlyRootfs", "false"));
        }
    }
}

using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Container;

internal sealed class ContainerDevicesCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-020",
        Title = "Host devices are mapped into the gateway container",
        Layer = Layer.Container,
        DefaultSeverity = Severity.Medium,
        Description = "A mapped device is direct hardware or kernel access for the agent's exec. Raw disks (/dev/sd*, /dev/nvme*), /dev/mem and /dev/kmem read or rewrite the host outright.",
        Remediation = "Remove device mappings the gateway does not need; a chat gateway needs none.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.GatewayContainer is not { } c)
        {
            yield break;
        }

        foreach (var d in c.Devices.Where(d => d.Trim().Length > 0))
        {
            var raw = d.StartsWith("/dev/mem", StringComparison.Ordinal) || d.StartsWith("/dev/kmem", StringComparison.Ordinal)
                || d.StartsWith("/dev/sd", StringComparison.Ordinal) || d.StartsWith("/dev/nvme", StringComparison.Ordinal)
                || d.StartsWith("/dev/vd", StringComparison.Ordinal) || d.StartsWith("/dev/xvd", StringComparison.Ordinal)
                || d.StartsWith("/dev/dm-", StringComparison.Ordinal) || d.StartsWith("/dev/mapper", StringComparison.Ordinal);
            yield return Info.Find(
                $"Container {c.Name} maps host device {d}{(raw ? " (raw disk or memory access)" : "")}.",
                Evidence.ForContainer(c.Name, "HostConfig.Devices", d),
                raw ? Severity.High : Severity.Medium);
        }
    }
}

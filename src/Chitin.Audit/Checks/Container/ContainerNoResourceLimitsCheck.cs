using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Container;

internal sealed class ContainerNoResourceLimitsCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-014",
        Title = "Gateway container has no memory, CPU or PIDs limit",
        Layer = Layer.Container,
        DefaultSeverity = Severity.Low,
        Description = "Without limits, a runaway or hostile exec (fork bomb, memory hog, miner) starves the host and every other tenant on it. One finding per missing limit.",
        Remediation = "Set mem_limit / `--memory`, cpus / `--cpus` and pids_limit / `--pids-limit` (openclaw fleet uses 2g, 2 CPUs, 512 PIDs).",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.GatewayContainer is not { } c)
        {
            yield break;
        }

        if (c.Memory <= 0)
        {
            yield return Info.Find($"Container {c.Name} has no memory limit.", Evidence.ForContainer(c.Name, "HostConfig.Memory", "0"));
        }

        if (c.NanoCpus <= 0 && c.CpuQuota <= 0)
        {
            yield return Info.Find($"Container {c.Name} has no CPU limit.", Evidence.ForContainer(c.Name, "HostConfig.NanoCpus", "0"));
        }

        if (c.PidsLimit is not > 0)
        {
            yield return Info.Find($"Container {c.Name} has no PIDs limit.", Evidence.ForContainer(c.Name, "HostConfig.PidsLimit", c.PidsLimit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unset"));
        }
    }
}

using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Container;

internal sealed class ContainerCapDropMissingCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-010",
        Title = "Gateway container keeps Docker's default capabilities",
        Layer = Layer.Container,
        DefaultSeverity = Severity.Medium,
        Description = "Without cap_drop ALL the container keeps Docker's default set (CHOWN, DAC_OVERRIDE, FOWNER, SETUID, SETGID, NET_RAW, MKNOD...), which a root process uses to bypass file permissions and craft raw packets. The official compose file drops only NET_RAW and NET_ADMIN.",
        Remediation = "Set cap_drop: [ALL] (`--cap-drop ALL`) and add back only what is proven necessary.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.GatewayContainer is not { } c || c.CapDrop.Any(d => d.Trim().Equals("ALL", StringComparison.OrdinalIgnoreCase)))
        {
            yield break;
        }

        var dropped = c.CapDrop.Count == 0 ? "nothing" : string.Join(", ", c.CapDrop);
        yield return Info.Find($"Container {c.Name} drops {dropped}; cap_drop does not include ALL.", Evidence.ForContainer(c.Name, "HostConfig.CapDrop", dropped));
    }
}

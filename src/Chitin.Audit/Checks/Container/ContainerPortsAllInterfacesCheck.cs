using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Container;

internal sealed class ContainerPortsAllInterfacesCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-018",
        Title = "Gateway container publishes ports on all host interfaces",
        Layer = Layer.Container,
        DefaultSeverity = Severity.Medium,
        Description = "A port published without a host IP (or on 0.0.0.0 / ::) is reachable from every network the host is on, and Docker's iptables rules bypass host firewalls such as ufw. The official compose file publishes 18789 this way.",
        Remediation = "Publish as 127.0.0.1:18789:18789 and reach the gateway through an SSH tunnel, tailnet or an authenticating reverse proxy.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.GatewayContainer is not { } c)
        {
            yield break;
        }

        foreach (var p in c.Ports)
        {
            var ip = p.HostIp.Trim().Trim('[', ']');
            if (ip is "" or "0.0.0.0" or "::")
            {
                var shown = ip.Length == 0 ? "0.0.0.0" : ip;
                yield return Info.Find(
                    $"Container {c.Name} publishes {p.ContainerPort} on {shown}:{(p.HostPort.Length == 0 ? "<random>" : p.HostPort)} (all interfaces).",
                    Evidence.ForContainer(c.Name, $"HostConfig.PortBindings[\"{p.ContainerPort}\"]", $"{shown}:{p.HostPort}"));
            }
        }
    }
}

using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Container;

internal sealed class ContainerDockerSocketCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-015",
        Title = "Container engine socket is mounted into the gateway container",
        Layer = Layer.Container,
        DefaultSeverity = Severity.Critical,
        Description = "Whoever can talk to docker.sock (or podman/containerd sockets, or the /var/run and /run directories holding them) can start a privileged container with the host's / mounted: the agent's exec is root on the host.",
        Remediation = "Remove the socket mount. If the gateway must manage sandboxes, use a socket proxy that allows only the needed API calls, or run sandboxes with a rootless engine.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.GatewayContainer is not { } c)
        {
            yield break;
        }

        foreach (var m in c.Mounts)
        {
            if (IsSocket(m.Source) || IsSocket(m.Destination))
            {
                yield return Info.Find(
                    $"Container {c.Name} mounts {m.Source} at {m.Destination}{(m.ReadWrite ? "" : " (read-only does not help: the API is still reachable)")}.",
                    Evidence.ForContainer(c.Name, "Mounts", $"{m.Source}:{m.Destination}"));
            }
        }
    }

    internal static bool IsSocket(string path)
    {
        var p = path.Trim().TrimEnd('/');
        return p.EndsWith("docker.sock", StringComparison.Ordinal)
            || p.EndsWith("podman.sock", StringComparison.Ordinal)
            || p.EndsWith("containerd.sock", StringComparison.Ordinal)
            || p is "/var/run" or "/run" or "/var/run/docker" or "/run/docker" or "/run/podman" or "/run/containerd";
    }
}

using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Container;

internal sealed class SandboxBrowserPublishedCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-006",
        Title = "Sandbox browser container publishes ports beyond loopback",
        Layer = Layer.Container,
        DefaultSeverity = Severity.Critical,
        Description = "The sandbox browser's CDP (9222), VNC (5900) and noVNC (6080) ports control a logged-in browser. Published on a non-loopback host address, anyone who can reach the host can drive it.",
        Remediation = "Recreate the sandbox browser containers (`openclaw sandbox recreate --browser --all`) and verify `docker port` shows only 127.0.0.1 bindings.",
        OpenClawCheckIds = ["sandbox.browser_container.non_loopback_publish"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var c in install.SandboxBrowserContainers)
        {
            foreach (var p in c.Ports)
            {
                var host = p.HostIp.Trim().Trim('[', ']').ToLowerInvariant();
                if (host is "127.0.0.1" or "::1" or "localhost")
                {
                    continue;
                }

                var shown = host.Length == 0 ? "0.0.0.0" : host;
                yield return Info.Find(
                    $"Sandbox browser container {c.Name} publishes {p.ContainerPort} on {shown}:{p.HostPort}.",
                    Evidence.ForContainer(c.Name, $"HostConfig.PortBindings[\"{p.ContainerPort}\"]", $"{shown}:{p.HostPort}"));
            }
        }
    }
}

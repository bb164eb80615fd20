using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Container;

internal sealed class ContainerNotInspectedCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-023",
        Title = "No container could be inspected; the container layer is partial",
        Layer = Layer.Container,
        DefaultSeverity = Severity.Info,
        Description = "The gateway-container checks need `docker inspect` of the container the gateway runs in. When no engine answered or no container was found, only the sandbox config was audited. When the engine timed out, sandbox browser drift checks were skipped as well.",
        Remediation = "Run Chitin where it can reach the Docker socket (or pass --container <name>) if the gateway runs in a container; ignore this when the gateway runs directly on the host.",
        OpenClawCheckIds = ["sandbox.browser_container.docker_probe_timeout"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.ContainerNote is not { } note || install.GatewayContainer is not null)
        {
            yield break;
        }

        var timedOut = note.Contains("timeout", StringComparison.OrdinalIgnoreCase) || note.Contains("timed out", StringComparison.OrdinalIgnoreCase);
        yield return Info.Find(
            $"Container layer partial: {note}",
            Evidence.None,
            timedOut ? Severity.Low : Severity.Info,
            title: timedOut ? "Docker did not answer in time; container checks were skipped" : null) with
        {
            // Only an engine timeout is OpenClaw's docker_probe_timeout; "no engine" or "none found" has no OpenClaw twin.
            OpenClawCheckId = timedOut ? "sandbox.browser_container.docker_probe_timeout" : null,
        };
    }
}

using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Container;

internal sealed class ContainerNoHealthcheckCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-021",
        Title = "Gateway container has no healthcheck",
        Layer = Layer.Container,
        DefaultSeverity = Severity.Low,
        Description = "Without a healthcheck a hung gateway looks healthy to Docker and to orchestration, and upgrades cannot be verified before the old container is dropped.",
        Remediation = "Add a healthcheck that calls the gateway's /healthz (e.g. `curl -fsS http://127.0.0.1:18789/healthz`).",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.GatewayContainer is { HasHealthcheck: false } c)
        {
            yield return Info.Find($"Container {c.Name} defines no healthcheck.", Evidence.ForContainer(c.Name, "Config.Healthcheck", "none"));
        }
    }
}

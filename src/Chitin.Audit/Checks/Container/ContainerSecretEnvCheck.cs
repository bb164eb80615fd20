using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Container;

internal sealed class ContainerSecretEnvCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-019",
        Title = "Secrets are passed to the gateway container as environment variables",
        Layer = Layer.Container,
        DefaultSeverity = Severity.Medium,
        Description = "Environment variables show up in `docker inspect` for anyone with Docker access, in /proc/<pid>/environ, and are inherited by every command the agent's exec starts, so one `env` in a prompt-injected shell leaks them.",
        Remediation = "Pass secrets as Docker secrets or files (SecretRef source \"file\"), or through OpenClaw's secrets store with the egress proxy, instead of literal environment variables.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.GatewayContainer is not { } c || c.SecretEnvNames.Count == 0)
        {
            yield break;
        }

        var names = string.Join(", ", c.SecretEnvNames.Order(StringComparer.Ordinal));
        yield return Info.Find($"Container {c.Name} has literal secret values in: {names} (values not shown).", Evidence.ForContainer(c.Name, "Config.Env", names));
    }
}

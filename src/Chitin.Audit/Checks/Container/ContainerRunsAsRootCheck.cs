using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Container;

internal sealed class ContainerRunsAsRootCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-007",
        Title = "Gateway container runs as root",
        Layer = Layer.Container,
        DefaultSeverity = Severity.Medium,
        Description = "Every tool the agent runs on the gateway host runs as the container user. As root it can change anything in the container, read every mounted file regardless of owner, and needs one kernel or runtime bug to become root on the host.",
        Remediation = "Run the gateway as an unprivileged user (`user: \"1000:1000\"` in compose, `--user 1000:1000`), with the state dir owned by that user.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.GatewayContainer is not { } c)
        {
            yield break;
        }

        var user = c.User.Trim();
        var name = user.Split(':')[0];
        if (user.Length == 0)
        {
            yield return Info.Find($"Container {c.Name} sets no user, so it runs as the image's default user (root unless the image says otherwise).", Evidence.ForContainer(c.Name, "Config.User", "\"\""));
        }
        else if (name is "0" or "root")
        {
            yield return Info.Find($"Container {c.Name} runs as {user}.", Evidence.ForContainer(c.Name, "Config.User", user));
        }
    }
}

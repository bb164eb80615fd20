using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Container;

internal sealed class ContainerNoNewPrivilegesCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-011",
        Title = "Gateway container allows privilege escalation (no no-new-privileges)",
        Layer = Layer.Container,
        DefaultSeverity = Severity.Medium,
        Description = "Without the no-new-privileges security option a process the agent starts can gain privileges through setuid/setgid binaries or file capabilities inside the image.",
        Remediation = "Add `security_opt: [\"no-new-privileges:true\"]` (`--security-opt no-new-privileges`).",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.GatewayContainer is not { } c)
        {
            yield break;
        }

        var on = c.SecurityOpt.Any(o =>
        {
            var t = o.Trim().ToLowerInvariant();
            return t is "no-new-privileges" or "no-new-privileges:true" or "no-new-privileges=true";
        });
        if (!on)
        {
            yield return Info.Find($"Container {c.Name} has no no-new-privileges security option.", Evidence.ForContainer(c.Name, "HostConfig.SecurityOpt", c.SecurityOpt.Count == 0 ? "[]" : string.Join(", ", c.SecurityOpt)));
        }
    }
}

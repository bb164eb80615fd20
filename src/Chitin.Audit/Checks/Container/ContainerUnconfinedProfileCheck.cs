using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Container;

internal sealed class ContainerUnconfinedProfileCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-012",
        Title = "Gateway container runs without seccomp, AppArmor or SELinux confinement",
        Layer = Layer.Container,
        DefaultSeverity = Severity.High,
        Description = "seccomp=unconfined opens every syscall (including the ones most container escapes use); apparmor=unconfined and label=disable switch off mandatory access control.",
        Remediation = "Remove the unconfined security options so Docker's default seccomp and AppArmor/SELinux profiles apply, or supply a custom profile.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.GatewayContainer is not { } c)
        {
            yield break;
        }

        foreach (var opt in c.SecurityOpt)
        {
            var t = opt.Trim().ToLowerInvariant().Replace('=', ':');
            var (what, severity) = t switch
            {
                "seccomp:unconfined" => ("syscall filtering is off", Severity.High),
                "apparmor:unconfined" => ("AppArmor is off", Severity.High),
                "label:disable" => ("SELinux labeling is off", Severity.Medium),
                _ => (null, Severity.Info),
            };
            if (what is not null)
            {
                yield return Info.Find($"Container {c.Name} sets {opt}: {what}.", Evidence.ForContainer(c.Name, "HostConfig.SecurityOpt", opt), severity);
            }
        }
    }
}

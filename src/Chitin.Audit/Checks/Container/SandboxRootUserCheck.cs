using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Container;

internal sealed class SandboxRootUserCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-027",
        Title = "Sandbox runs commands as root",
        Layer = Layer.Container,
        DefaultSeverity = Severity.Medium,
        Description = "docker.user \"0:0\" (or \"root\") runs every sandboxed command as root, which owns every mounted file regardless of host ownership and is one kernel bug away from the host. Latent (low) while sandbox mode is off.",
        Remediation = "Set docker.user to an unprivileged uid:gid such as \"1000:1000\".",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var s in SandboxSetting.Collect(install, p => p.Docker("user")))
        {
            var user = s.Node switch
            {
                J5String str => str.Value.Trim(),
                J5Number n => n.Raw,
                _ => null,
            };
            if (user?.Split(':')[0] is "0" or "root")
            {
                yield return Info.Find(
                    $"{s.Node.Path} is \"{user}\" (used by {s.Contexts}){SandboxCapDropCheck.Latent(s)}.",
                    Evidence.At(s.Node, user),
                    s.InEffect ? Severity.Medium : Severity.Low);
            }
        }
    }
}

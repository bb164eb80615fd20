using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Container;

internal sealed class SandboxUnconfinedProfileCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-004",
        Title = "Sandbox seccomp or AppArmor profile is unconfined",
        Layer = Layer.Container,
        DefaultSeverity = Severity.Critical,
        Description = "seccompProfile or apparmorProfile \"unconfined\" removes syscall filtering or MAC enforcement from the sandbox, widening the kernel surface for a container escape. OpenClaw's schema refuses the value; a hand-edited or older config can still carry it.",
        Remediation = "Remove docker.seccompProfile / docker.apparmorProfile (Docker's default profiles apply) or point them at a custom profile.",
        OpenClawCheckIds = ["sandbox.dangerous_seccomp_profile", "sandbox.dangerous_apparmor_profile"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var (source, docker) in SandboxPosture.DockerBlocks(install))
        {
            if (docker["seccompProfile"] is J5String s && s.Value.Trim().Equals("unconfined", StringComparison.OrdinalIgnoreCase))
            {
                yield return Info.Find($"{source}.seccompProfile is \"unconfined\": no syscall filtering.", Evidence.At(s, s.Value), openClawCheckId: "sandbox.dangerous_seccomp_profile", title: "Seccomp unconfined in sandbox config");
            }

            if (docker["apparmorProfile"] is J5String a && a.Value.Trim().Equals("unconfined", StringComparison.OrdinalIgnoreCase))
            {
                yield return Info.Find($"{source}.apparmorProfile is \"unconfined\": no AppArmor enforcement.", Evidence.At(a, a.Value), openClawCheckId: "sandbox.dangerous_apparmor_profile", title: "AppArmor unconfined in sandbox config");
            }
        }
    }
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Container;

internal sealed class SandboxWritableRootCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-026",
        Title = "Sandbox root filesystem is writable",
        Layer = Layer.Container,
        DefaultSeverity = Severity.Medium,
        Description = "docker.readOnlyRoot defaults to true; false lets sandboxed commands rewrite the image's binaries and libraries, so a poisoned tool persists for the life of the (often long-lived, per-agent) sandbox container. Latent (low) while sandbox mode is off.",
        Remediation = "Remove docker.readOnlyRoot or set it to true; use docker.tmpfs for scratch space.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var s in SandboxSetting.Collect(install, p => p.Docker("readOnlyRoot")))
        {
            if (s.Node is J5Bool { Value: false })
            {
                yield return Info.Find(
                    $"{s.Node.Path} is false (used by {s.Contexts}){SandboxCapDropCheck.Latent(s)}.",
                    Evidence.At(s.Node, "false"),
                    s.InEffect ? Severity.Medium : Severity.Low);
            }
        }
    }
}

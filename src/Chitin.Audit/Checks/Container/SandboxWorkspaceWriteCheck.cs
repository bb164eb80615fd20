using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Container;

internal sealed class SandboxWorkspaceWriteCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-030",
        Title = "Sandbox mounts the agent workspace read-write",
        Layer = Layer.Container,
        DefaultSeverity = Severity.Medium,
        Description = "workspaceAccess \"rw\" mounts the real agent workspace into the sandbox, so sandboxed commands can rewrite AGENTS.md, SOUL.md, skills and memory files that steer every later session (the default \"none\" uses a private copy). Latent (low) while sandbox mode is off.",
        Remediation = "Use workspaceAccess \"none\" (default) or \"ro\"; sync results out deliberately.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var s in SandboxSetting.Collect(install, p => p.WorkspaceAccessNode))
        {
            if (s.Node is J5String { Value: "rw" })
            {
                yield return Info.Find(
                    $"{s.Node.Path} is \"rw\" (used by {s.Contexts}){SandboxCapDropCheck.Latent(s)}.",
                    Evidence.At(s.Node, "rw"),
                    s.InEffect ? Severity.Medium : Severity.Low);
            }
        }
    }
}

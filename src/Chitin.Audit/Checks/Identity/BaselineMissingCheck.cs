using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Identity;

internal sealed class BaselineMissingCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-IDS-110",
        Title = "No integrity baseline recorded for this install",
        Layer = Layer.Identity,
        DefaultSeverity = Severity.Low,
        Description = "Without a signed baseline of openclaw.json, the persona files (SOUL.md, AGENTS.md, IDENTITY.md …), skills, plugins, exec approvals and the device identity, a skill or a prompt-injected agent that rewrites them goes unnoticed. OpenClaw keeps no such baseline.",
        Remediation = "Run 'chitin baseline' once the install is in a known-good state, then 'chitin verify' after every skill install (or run 'chitin watch' as a service).",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.Integrity is { BaselinePresent: false } status)
        {
            yield return Info.Find(
                $"No baseline at {status.BaselineFile}: changes to the agent's identity, persona, config and skills cannot be detected.",
                Evidence.ForFile(install.StateDir, "no baseline"));
        }
    }
}

using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Identity;

internal sealed class PersonaFilesWritableCheck : IAuditCheck
{
    private static readonly string[] PersonaFiles =
        ["SOUL.md", "AGENTS.md", "IDENTITY.md", "USER.md", "BOOT.md", "BOOTSTRAP.md", "TOOLS.md", "HEARTBEAT.md", "MEMORY.md"];

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-IDS-019",
        Title = "Agent persona or workspace writable by other users",
        Layer = Layer.Identity,
        DefaultSeverity = Severity.High,
        Description = "SOUL.md, AGENTS.md, IDENTITY.md, USER.md and BOOT.md are injected into every session as the agent's rules and identity. Another user who can edit them, or replace them through a writable workspace, plants standing instructions the agent follows with its full tool access. OpenClaw does not look at these files.",
        Remediation = "chmod 700 each agent workspace and 600 (or 644 owned by the gateway user) the persona files; keep a hash baseline of them (chitin baseline) to notice edits.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var workspace in install.Agents.Select(a => a.Workspace).Distinct(StringComparer.Ordinal))
        {
            var dir = install.File(workspace);
            var sticky = (dir.Mode & 0x200) != 0;
            if (dir.Exists && FileModes.IsDirectory(dir) && FileModes.Writable(dir) && !sticky)
            {
                yield return Info.Find(
                    $"{FileModes.Describe(dir)}; {(dir.WorldWritable ? "every local user" : "group members")} can replace the persona files in this workspace.",
                    FileModes.At(dir),
                    dir.WorldWritable ? Severity.High : Severity.Medium,
                    title: "Agent workspace writable by other users");
            }

            foreach (var name in PersonaFiles)
            {
                var f = install.File(Path.Combine(workspace, name));
                if (!f.Exists || FileModes.IsDirectory(f) || !FileModes.Writable(f))
                {
                    continue;
                }

                yield return Info.Find(
                    $"{FileModes.Describe(f)}; {(f.WorldWritable ? "every local user" : "group members")} can rewrite the agent's {name}.",
                    FileModes.At(f),
                    f.WorldWritable ? Severity.High : Severity.Medium);
            }
        }
    }
}

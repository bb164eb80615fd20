using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Identity;

internal sealed class SessionStorePermissionsCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-IDS-006",
        Title = "Session store readable by other users",
        Layer = Layer.Identity,
        DefaultSeverity = Severity.Medium,
        Description = "agents/<id>/sessions/sessions.json maps chats to sessions and carries routing and transcript metadata; other users should not be able to read it.",
        Remediation = "chmod 600 agents/<id>/sessions/sessions.json and the transcripts beside it, 700 the directory (openclaw security audit --fix does this).",
        OpenClawCheckIds = ["fs.sessions_store.perms_readable"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var (id, byOpenClaw) in AuditedAgents.Ids(install))
        {
            var f = install.File(Path.Combine(install.StateDir, "agents", id, "sessions", "sessions.json"));
            if (!f.Exists || !FileModes.Readable(f))
            {
                continue;
            }

            var finding = Info.Find($"{FileModes.Describe(f)}; routing and transcript metadata of agent {id} can be sensitive.", FileModes.At(f));
            yield return byOpenClaw ? finding : finding with { OpenClawCheckId = null };
        }
    }
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.SupplyChain;

internal sealed class SkillScanTruncatedCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-SUP-009",
        Title = "Workspace skills could not be scanned completely",
        Layer = Layer.SupplyChain,
        DefaultSeverity = Severity.Medium,
        Description = "The skills tree of a workspace was larger than the scan cap (or partly unreadable), so symlink escapes and malicious skills past the cap were not examined. Huge skill trees are also a way to hide a payload.",
        Remediation = "Prune the workspace skills/ tree (vendored node_modules, archives, generated files) and re-run the audit; keep skill dependencies out of the skills directory.",
        OpenClawCheckIds = ["skills.workspace.scan_truncated"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var roots = install.Agents.Select(a => Path.Combine(a.Workspace, "skills")).Distinct(StringComparer.Ordinal).ToList();
        foreach (var note in install.Notes.Where(n => n.Part == "scan" && n.Path is not null))
        {
            var root = roots.FirstOrDefault(r => SharedDirs.IsUnder(note.Path!, r));
            if (root is null)
            {
                continue;
            }

            // Only a visit cap is OpenClaw's scan_truncated; an unreadable dir is Chitin's own note.
            var capped = note.Message.StartsWith("more than", StringComparison.Ordinal);
            var finding = Info.Find($"Scan of {root} stopped early: {note.Message}.", Evidence.ForFile(note.Path!, capped ? "scan cap reached" : "unreadable"));
            yield return capped ? finding : finding with { OpenClawCheckId = null, Severity = Severity.Low };
        }
    }
}

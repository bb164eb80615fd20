using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.SupplyChain;

internal sealed class SkillSymlinkEscapeCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-SUP-008",
        Title = "Skill is a symlink that resolves outside its root",
        Layer = Layer.SupplyChain,
        DefaultSeverity = Severity.Medium,
        Description = "A skill folder or SKILL.md that is a symlink out of its skills root loads instructions and scripts from a place the skill install, review and scan never looked at; whoever controls the target controls what the agent is told to do.",
        Remediation = "Replace the symlink with a reviewed copy of the skill, or list the target in skills.load.allowSymlinkTargets only if it is owned by you and not writable by others.",
        OpenClawCheckIds = ["skills.workspace.symlink_escape"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var s in install.Skills.Where(s => s.EscapesTo is not null).OrderBy(s => s.Dir, StringComparer.Ordinal))
        {
            var target = s.EscapesTo!;
            var exposed = SharedDirs.IsWritableByOthers(install, target);
            var evidence = Evidence.ForFile(Path.Combine(s.Dir, "SKILL.md"), "-> " + target);

            // OpenClaw reports workspace skills/**/SKILL.md whose realpath leaves the workspace root.
            var workspace = s.Location == "workspace" ? Path.GetDirectoryName(s.Root) : null;
            var outsideWorkspace = workspace is not null && !SharedDirs.IsUnder(target, workspace);
            var detail = $"{s.Location} skill \"{s.Name}\" ({s.Dir}) resolves to {target}, outside {(outsideWorkspace ? "its workspace " + workspace : "its skills root " + s.Root)}" +
                (exposed ? "; other users can write there" : "") + ".";
            var finding = Info.Find(detail, evidence, exposed ? Severity.High : outsideWorkspace || s.Location != "workspace" ? Severity.Medium : Severity.Low);
            yield return outsideWorkspace ? finding : finding with { OpenClawCheckId = null };
        }
    }
}

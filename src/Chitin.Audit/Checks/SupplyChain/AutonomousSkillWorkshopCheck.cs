using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.SupplyChain;

internal sealed class AutonomousSkillWorkshopCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-SUP-015",
        Title = "Skill Workshop writes and activates skills without review",
        Layer = Layer.SupplyChain,
        DefaultSeverity = Severity.High,
        Description = "With skills.workshop.autonomous.mode \"auto\" and approvalPolicy \"auto\" the agent drafts new skills and they go live with no human approval: one prompt injection becomes a standing instruction (and scripts) loaded into every later session.",
        Remediation = "Set skills.workshop.approvalPolicy to \"pending\" (the default) or autonomous.mode to \"propose\"/\"off\", and review workshop-skills/ before approving.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.Config.Get("skills.workshop.autonomous.mode") is J5String { Value: "auto" } mode
            && install.Config.GetString("skills.workshop.approvalPolicy") == "auto")
        {
            yield return Info.Find("skills.workshop.autonomous.mode is \"auto\" and approvalPolicy is \"auto\": agent-written skills activate without approval.", Evidence.At(mode, "auto"));
        }
    }
}

using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.SupplyChain;

internal sealed class UploadedSkillArchivesCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-SUP-013",
        Title = "Skills can be installed from uploaded archives",
        Layer = Layer.SupplyChain,
        DefaultSeverity = Severity.Medium,
        Description = "skills.install.allowUploadedArchives lets a zip sent through the Control UI or a chat become an installed skill; such archives have no registry record, publisher or version, and ClawHavoc-style droppers arrive exactly this way.",
        Remediation = "Set skills.install.allowUploadedArchives to false (the default); install skills from ClawHub or a reviewed git commit instead.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.Config.Get("skills.install.allowUploadedArchives") is J5Bool { Value: true } node)
        {
            yield return Info.Find("skills.install.allowUploadedArchives is true: uploaded zip archives can be installed as skills.", Evidence.At(node, "true"),
                install.Config.GetBool("security.installPolicy.enabled") == true ? Severity.Low : Severity.Medium);
        }
    }
}

using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Exec;

internal sealed class AutoAllowSkillsCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-EXE-005",
        Title = "Exec approvals auto-allow skill binaries",
        Layer = Layer.Exec,
        DefaultSeverity = Severity.Medium,
        Description = "autoAllowSkills in the exec approvals store allowlists every binary a skill declares, so installing a skill silently widens host exec trust.",
        Remediation = "Turn autoAllowSkills off (`openclaw approvals`) and add the few binaries you need to the allowlist explicitly.",
        OpenClawCheckIds = ["tools.exec.auto_allow_skills_enabled"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.ExecApprovals is not { } approvals)
        {
            yield break;
        }

        foreach (var (scope, on) in approvals.AutoAllowSkills.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!on)
            {
                continue;
            }

            var label = scope == "defaults" ? "defaults.autoAllowSkills" : $"agents.{scope}.autoAllowSkills";
            yield return Info.Find($"Implicit skill-binary allowlisting is on at {label}.", Evidence.ForFile(install.StateDbPath, "exec_approvals_config " + label + " = true"));
        }
    }
}

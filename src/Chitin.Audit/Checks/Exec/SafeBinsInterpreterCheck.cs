using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Exec;

internal sealed class SafeBinsInterpreterCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-EXE-007",
        Title = "safeBins includes interpreters without explicit profiles",
        Layer = Layer.Exec,
        DefaultSeverity = Severity.Medium,
        Description = "safeBins skip the exec allowlist for stdin-only filters. An interpreter (python3, node, bash, sed, awk...) in safeBins without a hardened safeBinProfiles entry turns the fast path into arbitrary code execution.",
        Remediation = "Remove interpreters from tools.exec.safeBins (allowlist them with approvals instead) or define a strict tools.exec.safeBinProfiles.<bin> for each.",
        OpenClawCheckIds = ["tools.exec.safe_bins_interpreter_unprofiled"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var global = install.Config.GetObject("tools.exec");
        foreach (var (label, exec) in Scopes(install))
        {
            var bins = ExecBinaries.SafeBins(exec["safeBins"]);
            if (bins.Count == 0)
            {
                continue;
            }

            var profiles = ReferenceEquals(exec, global) ? ExecBinaries.ProfileNames(global) : ExecBinaries.ProfileNames(global, exec);
            var interpreters = ExecBinaries.InterpreterSafeBinsIn(bins).Where(b => !profiles.Contains(b)).ToList();
            if (interpreters.Count > 0)
            {
                yield return Info.Find($"{label}.safeBins: {string.Join(", ", interpreters)} can interpret code but have no safeBinProfiles entry.", Evidence.At(exec["safeBins"]!, string.Join(", ", interpreters)));
            }
        }
    }

    /// <summary><c>tools.exec</c> then each configured agent's <c>tools.exec</c>.</summary>
    internal static IEnumerable<(string Label, J5Object Exec)> Scopes(OpenClawInstall install)
    {
        if (install.Config.GetObject("tools.exec") is { } g)
        {
            yield return ("tools.exec", g);
        }

        foreach (var agent in AgentRoster.Configured(install))
        {
            if (ConfigView.Get(agent.Tools, "exec") is J5Object e)
            {
                yield return (agent.Label + ".tools.exec", e);
            }
        }
    }
}

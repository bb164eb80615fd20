using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Exec;

internal sealed class InterpreterAllowlistWithoutStrictEvalCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-EXE-006",
        Title = "Interpreters are allowlisted without strictInlineEval",
        Layer = Layer.Exec,
        DefaultSeverity = Severity.Medium,
        Description = "An exec approvals allowlist entry for python, node, ruby, perl, php, lua, osascript (or find, make, xargs, sed, awk) lets the model run arbitrary code through -c/-e without approval unless tools.exec.strictInlineEval is on.",
        Remediation = "Set tools.exec.strictInlineEval to true (or per agent), or remove interpreter patterns from the approvals allowlist.",
        OpenClawCheckIds = ["tools.exec.allowlist_interpreter_without_strict_inline_eval"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.ExecApprovals is not { } approvals)
        {
            yield break;
        }

        var globalStrict = install.Config.Get("tools.exec.strictInlineEval") is J5Bool { Value: true };
        var agents = AgentRoster.Configured(install);
        foreach (var (agentId, patterns) in approvals.Allowlists.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            // OpenClaw evaluates the per-agent allowlists only ("*" means every agent).
            if (agentId == "defaults")
            {
                continue;
            }

            var strict = agentId == "*"
                ? globalStrict
                : (ConfigView.Get(agents.FirstOrDefault(a => a.AgentId == agentId)?.Tools, "exec.strictInlineEval") as J5Bool)?.Value ?? globalStrict;
            if (strict)
            {
                continue;
            }

            var hits = patterns.Where(ExecBinaries.IsInterpreterLikeAllowlistPattern).ToList();
            if (hits.Count > 0)
            {
                yield return Info.Find(
                    $"agents.{agentId}.allowlist has interpreter entries without strictInlineEval: {string.Join(", ", hits)}.",
                    Evidence.ForFile(install.StateDbPath, $"exec_approvals_config agents.{agentId}.allowlist"));
            }
        }
    }
}

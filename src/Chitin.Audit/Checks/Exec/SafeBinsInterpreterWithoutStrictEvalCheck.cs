using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Exec;

internal sealed class SafeBinsInterpreterWithoutStrictEvalCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-EXE-025",
        Title = "Interpreters in safeBins while strictInlineEval is off",
        Layer = Layer.Exec,
        DefaultSeverity = Severity.Medium,
        Description = "tools.exec.strictInlineEval defaults to false, so `python3 -c`, `node -e` and friends need no approval. With an interpreter on the safeBins path that is arbitrary code without a prompt, even when a safeBinProfiles entry exists (OpenClaw only checks this for the approvals allowlist).",
        Remediation = "Set tools.exec.strictInlineEval to true (globally or for the agent), or take interpreters off tools.exec.safeBins.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var globalStrict = install.Config.Get("tools.exec.strictInlineEval") as J5Bool;
        foreach (var (label, exec) in SafeBinsInterpreterCheck.Scopes(install))
        {
            var strict = exec["strictInlineEval"] as J5Bool ?? globalStrict;
            if (strict?.Value == true)
            {
                continue;
            }

            var interpreters = ExecBinaries.InterpreterSafeBinsIn(ExecBinaries.SafeBins(exec["safeBins"]));
            if (interpreters.Count == 0)
            {
                continue;
            }

            var state = strict is null ? "unset (default false)" : "false";
            yield return Info.Find(
                $"{label}.safeBins lists {string.Join(", ", interpreters)} and strictInlineEval is {state}: inline code (-c/-e) runs without approval.",
                strict is null ? Evidence.At(exec["safeBins"]!, string.Join(", ", interpreters)) : Evidence.At(strict, "false"));
        }
    }
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Exec;

internal sealed class SafeBinsBroadBehaviorCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-EXE-008",
        Title = "safeBins includes binaries with broad behavior",
        Layer = Layer.Exec,
        DefaultSeverity = Severity.Medium,
        Description = "jq, awk and sed look like stream filters but read the environment, load modules, run commands or write files, so they do not belong on the approval-free safeBins path.",
        Remediation = "Remove jq/awk/sed (and their variants) from tools.exec.safeBins; allowlist them explicitly or run them with approval.",
        OpenClawCheckIds = ["tools.exec.safe_bins_broad_behavior"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var (label, exec) in SafeBinsInterpreterCheck.Scopes(install))
        {
            var broad = ExecBinaries.BroadBehaviorIn(ExecBinaries.SafeBins(exec["safeBins"]));
            foreach (var (bin, warning) in broad)
            {
                yield return Info.Find($"{label}.safeBins: {bin} ({warning})", Evidence.At(exec["safeBins"]!, bin));
            }
        }
    }
}

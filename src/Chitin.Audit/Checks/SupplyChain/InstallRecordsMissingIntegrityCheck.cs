using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.SupplyChain;

internal sealed class InstallRecordsMissingIntegrityCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-SUP-005",
        Title = "npm install record without an integrity hash",
        Layer = Layer.SupplyChain,
        DefaultSeverity = Severity.Medium,
        Description = "Without the integrity (sha512) of the installed tarball OpenClaw cannot tell on update whether the package content changed under the same version, and nobody can verify what is on disk.",
        Remediation = "Reinstall or update the plugin/hook (openclaw plugins update <id>) so the record gets the resolved integrity.",
        OpenClawCheckIds = ["plugins.installs_missing_integrity", "hooks.installs_missing_integrity"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var r in install.InstallRecords.Where(r => r.Source == "npm" && string.IsNullOrWhiteSpace(r.Integrity)).OrderBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            yield return Info.Find(
                $"{InstallRecordEvidence.Noun(r)} {r.Id} ({r.Spec ?? "no spec"}) has no integrity hash in its install record.",
                InstallRecordEvidence.For(install, r, r.Spec),
                openClawCheckId: InstallRecordEvidence.CheckId(r, "missing_integrity"));
        }
    }
}

using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.SupplyChain;

internal sealed class UnpinnedInstallSpecsCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-SUP-004",
        Title = "Plugin or hook installed from an unpinned npm spec",
        Layer = Layer.SupplyChain,
        DefaultSeverity = Severity.Medium,
        Description = "An npm install record whose spec is a bare name, a range or a dist-tag (@latest) takes whatever the registry serves on the next install or update; a hijacked or typosquatted release then runs inside the gateway.",
        Remediation = "Reinstall with an exact version (openclaw plugins install @scope/pkg@1.2.3, openclaw hooks install pkg@1.2.3) so the record carries a pinned spec and integrity.",
        OpenClawCheckIds = ["plugins.installs_unpinned_npm_specs", "hooks.installs_unpinned_npm_specs"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var r in install.InstallRecords.Where(r => r.Source == "npm" && r.Spec is not null).OrderBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            var resolvedPinned = NpmSpec.IsPinnedRegistrySpec(r.ResolvedSpec) && !string.IsNullOrWhiteSpace(r.Integrity);
            if (NpmSpec.IsPinnedRegistrySpec(r.Spec) || resolvedPinned)
            {
                continue;
            }

            yield return Info.Find(
                $"{InstallRecordEvidence.Noun(r)} {r.Id} is recorded with npm spec \"{r.Spec}\", which is not pinned to an exact version.",
                InstallRecordEvidence.For(install, r, r.Spec),
                openClawCheckId: InstallRecordEvidence.CheckId(r, "unpinned_npm_specs"));
        }
    }
}

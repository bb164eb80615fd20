using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.SupplyChain;

internal sealed class InstallVersionDriftCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-SUP-006",
        Title = "Installed package version differs from its install record",
        Layer = Layer.SupplyChain,
        DefaultSeverity = Severity.Medium,
        Description = "The package.json at the install path reports a different version than the one recorded at install: the code on disk was changed outside openclaw plugins/hooks install, by a manual edit, a stray npm command or tampering.",
        Remediation = "Find out why the version changed; then reinstall the recorded version (openclaw plugins update <id> / openclaw hooks update <id>) so record and disk agree.",
        OpenClawCheckIds = ["plugins.installs_version_drift", "hooks.installs_version_drift"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var r in install.InstallRecords.OrderBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            var recorded = r.ResolvedVersion ?? r.Version;
            if (string.IsNullOrEmpty(recorded) || string.IsNullOrEmpty(r.InstalledVersion) || r.InstalledVersion == recorded)
            {
                continue;
            }

            var finding = Info.Find(
                $"{InstallRecordEvidence.Noun(r)} {r.Id} was recorded as {recorded} but {r.InstallPath ?? "its install path"} holds {r.InstalledVersion}.",
                InstallRecordEvidence.For(install, r, $"recorded {recorded}, installed {r.InstalledVersion}"),
                openClawCheckId: InstallRecordEvidence.CheckId(r, "version_drift"));

            // OpenClaw compares npm installs only.
            yield return r.Source == "npm" ? finding : finding with { OpenClawCheckId = null };
        }
    }
}

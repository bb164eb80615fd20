using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.SupplyChain;

internal sealed class InstallSourceCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-SUP-012",
        Title = "Plugin or hook installed from a git ref or a shared directory",
        Layer = Layer.SupplyChain,
        DefaultSeverity = Severity.Medium,
        Description = "A git install without a commit pin follows a branch or tag that its owner (or whoever takes over the repo) can move; a path install from /tmp or another world-writable directory can be replaced by any local user before the next install or update. OpenClaw checks pinning for npm installs only.",
        Remediation = "Reinstall git sources pinned to a full commit (git+https://host/org/repo.git#<40-hex sha>) and path sources from a directory only you can write (or publish and pin them).",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var r in install.InstallRecords.OrderBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            var spec = r.Spec?.Trim() ?? "";
            if (r.Source == "git" || (r.Source is null && spec.Length > 0 && NpmSpec.IsGitSpec(spec)))
            {
                if (!NpmSpec.IsCommitPinned(spec))
                {
                    yield return Info.Find(
                        $"{InstallRecordEvidence.Noun(r)} {r.Id} is installed from git spec \"{spec}\" without a commit pin; updates take whatever the ref points to.",
                        InstallRecordEvidence.For(install, r, spec.Length > 0 ? spec : "no spec"));
                }
            }
            else if (r.Source == "path")
            {
                var source = spec.Length > 0 ? AgentResolver.ExpandHome(spec, install.HomeDir) : null;
                if (source is not null && source.StartsWith('/') && SharedDirs.IsWritableByOthers(install, source))
                {
                    yield return Info.Find(
                        $"{InstallRecordEvidence.Noun(r)} {r.Id} is installed from {source}, a location other local users can write.",
                        InstallRecordEvidence.For(install, r, source),
                        Severity.High);
                }
            }
        }
    }
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Exec;

internal sealed class SafeBinTrustedDirsRiskyCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-EXE-009",
        Title = "safeBinTrustedDirs includes mutable directories",
        Layer = Layer.Exec,
        DefaultSeverity = Severity.Medium,
        Description = "A safeBin is trusted when it resolves inside safeBinTrustedDirs. Relative, temporary, package-manager or home directories are writable by the agent or other users, so a planted binary named like a safeBin runs without approval.",
        Remediation = "Keep safeBinTrustedDirs to root-owned immutable directories (/bin, /usr/bin); drop /tmp, home-scoped and package-manager bin directories.",
        OpenClawCheckIds = ["tools.exec.safe_bin_trusted_dirs_risky"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var (label, exec) in SafeBinsInterpreterCheck.Scopes(install))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in (exec["safeBinTrustedDirs"] as J5Array)?.Items.OfType<J5String>() ?? [])
            {
                var dir = item.Value.Trim();
                if (!seen.Add(dir) || ExecBinaries.RiskyTrustedDir(dir) is not { } reason)
                {
                    continue;
                }

                yield return Info.Find($"{label}.safeBinTrustedDirs: {dir} ({reason}).", Evidence.At(item, dir));
            }
        }
    }
}

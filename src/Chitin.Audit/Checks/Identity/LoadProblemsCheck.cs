using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Identity;

/// <summary>Parts of the install the loader could not read: what the audit could not see is itself a finding.</summary>
internal sealed class LoadProblemsCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-IDS-101",
        Title = "Part of the install could not be read",
        Layer = Layer.Identity,
        DefaultSeverity = Severity.Low,
        Description = "An unreadable include, state database, skills folder or registry means the checks that depend on it saw nothing; OpenClaw itself may fail on the same file.",
        Remediation = "Fix the file named in the finding (syntax, permissions or size), then audit again.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var n in install.Notes)
        {
            if (n.Part is "network" or "scan" && !n.Error)
            {
                continue; // informational notes are printed with the report, not scored
            }

            yield return Info.Find(
                $"{n.Part}: {n.Message}",
                new Evidence { File = n.Path, Line = n.Line, Column = n.Column },
                severity: n.Error ? Severity.Medium : null);
        }
    }
}

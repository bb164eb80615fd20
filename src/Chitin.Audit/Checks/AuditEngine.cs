using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks;

/// <summary>Runs checks over a snapshot. A check that throws becomes a finding of its own, never a crash.</summary>
public static class AuditEngine
{
    public static string ToolVersion { get; } =
        typeof(AuditEngine).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public static AuditReport Run(OpenClawInstall install, IReadOnlyList<IAuditCheck> checks, TimeProvider time, IReadOnlyList<string>? ruleSets = null)
    {
        var findings = new List<Finding>();
        foreach (var check in checks)
        {
            try
            {
                findings.AddRange(check.Evaluate(install));
            }
            catch (Exception e)
            {
                findings.Add(new Finding
                {
                    Id = check.Info.Id,
                    Layer = check.Info.Layer,
                    Severity = Severity.Low,
                    Title = "Check failed to evaluate",
                    Detail = $"{check.Info.Id} threw {e.GetType().Name}; its result is unknown.",
                    Evidence = Evidence.None,
                    Remediation = "Report this as a bug in Chitin with the config that triggers it.",
                });
            }
        }

        var sorted = findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Layer)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ThenBy(f => f.Evidence.File, StringComparer.Ordinal)
            .ThenBy(f => f.Evidence.Line ?? 0)
            .ThenBy(f => f.Evidence.JsonPath, StringComparer.Ordinal)
            .ToList();

        return new AuditReport
        {
            ToolVersion = ToolVersion,
            CatalogVersion = BuiltInChecks.CatalogVersion,
            GeneratedAt = time.GetUtcNow(),
            StateDir = install.StateDir,
            ConfigPath = install.ConfigPath,
            OpenClawVersion = install.OpenClawVersion,
            Findings = sorted,
            Notes = install.Notes,
            RuleSets = ruleSets ?? [],
            ChecksRun = checks.Count,
        };
    }
}

using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Identity;

internal sealed class AuditSuppressionsActiveCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-IDS-011",
        Title = "OpenClaw audit suppressions are configured",
        Layer = Layer.Identity,
        DefaultSeverity = Severity.Info,
        Description = "security.audit.suppressions moves matching findings out of OpenClaw's own audit summary; Chitin keeps reporting them, and a reader of OpenClaw's report should know it was filtered.",
        Remediation = "Review each entry of security.audit.suppressions; keep a reason on every one and remove those whose risk is no longer accepted.",
        OpenClawCheckIds = ["security.audit.suppressions.active"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.Config.Get("security.audit.suppressions") is not J5Array { Count: > 0 } arr)
        {
            yield break;
        }

        var ids = arr.Items.Select(i => ((i as J5Object)?["checkId"] as J5String)?.Value).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var unexplained = arr.Items.Count(i => i is J5Object o && o["reason"] is not J5String { Value.Length: > 0 });
        var detail = $"security.audit.suppressions has {arr.Count} entr{(arr.Count == 1 ? "y" : "ies")}" +
            (ids.Count > 0 ? $" ({string.Join(", ", ids)})" : "") +
            (unexplained > 0 ? $"; {unexplained} without a reason" : "") +
            "; OpenClaw's audit hides the findings they match.";
        yield return Info.Find(detail, Evidence.At(arr, $"{arr.Count} suppression(s)"));
    }
}

using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Identity;

internal sealed class SuppressedCriticalChecksCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-IDS-012",
        Title = "OpenClaw audit suppressions hide critical checks",
        Layer = Layer.Identity,
        DefaultSeverity = Severity.High,
        Description = "A suppression for a checkId that OpenClaw rates critical silences an outsider-reachable risk in every future OpenClaw audit, including new occurrences of it; whoever can edit the config can hide their own change this way.",
        Remediation = "Remove suppressions of critical checkIds and fix the cause instead; if one must stay, narrow it with titleIncludes/detailIncludes, give it a reason, and track it outside the config.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.Config.Get("security.audit.suppressions") is not J5Array arr)
        {
            yield break;
        }

        foreach (var entry in arr.Items.OfType<J5Object>())
        {
            if (entry["checkId"] is not J5String { Value.Length: > 0 } id || OpenClawCriticalCheckIds.Classify(id.Value.Trim()) is not { } hit)
            {
                continue;
            }

            var narrowed = entry["titleIncludes"] is J5String { Value.Length: > 0 } || entry["detailIncludes"] is J5String { Value.Length: > 0 };
            var reason = (entry["reason"] as J5String)?.Value;
            var detail = $"security.audit.suppressions hides OpenClaw check {id.Value}, which is " +
                (hit.Always ? "always critical" : "critical in exposed setups") +
                (narrowed ? " (narrowed by titleIncludes/detailIncludes)" : " for every occurrence") +
                (string.IsNullOrWhiteSpace(reason) ? "; no reason given." : $"; reason given: \"{reason}\".");
            yield return Info.Find(detail, Evidence.At(id, id.Value), hit.Always ? Severity.High : Severity.Medium);
        }
    }
}

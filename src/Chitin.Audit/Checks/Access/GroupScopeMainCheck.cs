using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Access;

internal sealed class GroupScopeMainCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-ACC-006",
        Title = "Group rooms share the agent's main session",
        Layer = Layer.Access,
        DefaultSeverity = Severity.Medium,
        Description = "session.groupScope \"main\" (or a binding that sets it for a group route) merges room conversations into the agent's main session: every member of every affected room reads and steers the operator's own context.",
        Remediation = "Use session.groupScope \"per-group\" (default) and remove binding overrides, or keep \"main\" only for rooms whose members you fully trust.",
        OpenClawCheckIds = ["security.trust_model.group_scope_main"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var hits = new List<J5Node>();
        if (install.Config.Get("session.groupScope") is J5String { Value: "main" } global)
        {
            hits.Add(global);
        }

        foreach (var b in install.Config.GetArray("bindings")?.Items.OfType<J5Object>() ?? [])
        {
            var kind = (ConfigView.Get(b, "match.peer.kind") as J5String)?.Value?.Trim().ToLowerInvariant();
            if (ConfigView.Get(b, "session.groupScope") is J5String { Value: "main" } scope && kind is not ("direct" or "dm"))
            {
                hits.Add(scope);
            }
        }

        if (hits.Count > 0)
        {
            yield return Info.Find(
                $"Group routing merges rooms into the main session at {string.Join(", ", hits.Select(h => h.Path))}.",
                Evidence.At(hits[0], "main"));
        }
    }
}

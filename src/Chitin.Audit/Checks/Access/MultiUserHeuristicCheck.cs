using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Access;

internal sealed class MultiUserHeuristicCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-ACC-005",
        Title = "Gateway looks shared by several people",
        Layer = Layer.Access,
        DefaultSeverity = Severity.Medium,
        Description = "Open group/DM policies, allowlisted groups with configured targets, or \"*\" in an allowFrom list mean more than one person can talk to the agent. OpenClaw's model is one trusted operator per gateway: every participant shares its tools, credentials and memory.",
        Remediation = "If users may be mutually untrusted, run one gateway per trust boundary (chitin cells / openclaw fleet). Otherwise sandbox everything (agents.defaults.sandbox.mode \"all\"), keep tools.fs.workspaceOnly true and deny runtime/fs/web tools that are not needed.",
        OpenClawCheckIds = ["security.trust_model.multi_user_heuristic"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var signals = InboundExposure.MultiUserSignals(install.Config);
        if (signals.Count == 0)
        {
            yield break;
        }

        var (_, runtimeRisk) = OpenInboundWithRuntimeOrFsCheck.RiskyContexts(install);
        yield return Info.Find(
            $"Multi-user signals: {string.Join("; ", signals.Select(s => s.Text))}. "
                + (runtimeRisk ? "Runtime/process tools are exposed without full sandboxing in at least one context." : "No unguarded runtime/process tools were found."),
            Evidence.At(signals[0].Node),
            runtimeRisk ? Severity.Medium : Severity.Low);
    }
}

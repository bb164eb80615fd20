using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Access;

internal sealed class SharedGlobalSessionCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-ACC-028",
        Title = "One global session for every sender",
        Layer = Layer.Access,
        DefaultSeverity = Severity.Medium,
        Description = "session.scope \"global\" routes every sender of every channel into a single session, so anything one person says, uploads or triggers is context for everyone else. OpenClaw's audit does not flag it; its per-channel collision check only mentions it in passing.",
        Remediation = "Use session.scope \"per-sender\" (default) with session.dmScope \"per-channel-peer\".",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.Config.GetString("session.scope") != "global")
        {
            yield break;
        }

        var senders = ChannelTargets.Active(install).Sum(s => ChannelTargets.AdmittedDmSenders(s).Count + (ChannelTargets.DmWildcard(s) ? 2 : 0));
        var multi = InboundExposure.MultiUserSignals(install.Config).Count > 0 || senders > 1;
        yield return Info.Find(
            "session.scope=\"global\" shares one session across all senders" + (multi ? "; several people can reach this agent (multi-user signals or more than one admitted DM sender)." : "."),
            ConfigEvidence.At(install, "session.scope", "global"),
            multi ? Severity.Medium : Severity.Low);
    }
}

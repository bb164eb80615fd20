using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Access;

internal sealed class ChannelDmStateCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-ACC-009",
        Title = "Channel DMs disabled or locked to nobody",
        Layer = Layer.Access,
        DefaultSeverity = Severity.Info,
        Description = "Posture notes: dmPolicy \"disabled\" ignores direct messages; a pairing/allowlist policy whose allowFrom admits nobody blocks unknown senders or answers them with a pairing code. Pairing approvals stored under credentials/ are not part of this snapshot.",
        Remediation = "Nothing to fix; approve yourself with openclaw pairing (or add your sender id to allowFrom) when you want to use DMs.",
        OpenClawCheckIds = ["channels.<provider>.dm.disabled", "channels.<provider>.dm.locked"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var scope in ChannelTargets.Active(install))
        {
            var policy = scope.DmPolicy;
            var evidence = ConfigEvidence.At(install, scope.DmPolicyNode, scope.Path + ".dmPolicy", policy);
            if (policy == "disabled")
            {
                yield return Info.Find($"{scope.Path}: dmPolicy=\"disabled\" ignores inbound DMs.", evidence, openClawCheckId: $"channels.{scope.Channel}.dm.disabled", title: "Channel DMs are disabled");
            }
            else if (policy != "open" && ChannelTargets.AdmittedDmSenders(scope).Count == 0)
            {
                yield return Info.Find(
                    $"{scope.Path}: dmPolicy=\"{policy}\" has no admitted senders in config; unknown senders are blocked or receive a pairing code.",
                    evidence,
                    openClawCheckId: $"channels.{scope.Channel}.dm.locked",
                    title: "Channel DMs are locked");
            }
        }
    }
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Access;

internal sealed class TelegramGroupSendersCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-ACC-016",
        Title = "Telegram group commands open to every group member",
        Layer = Layer.Access,
        DefaultSeverity = Severity.High,
        Description = "Telegram groups are reachable (groupPolicy open, or allowlist with groups) and the group sender allowlist is \"*\" or missing entirely (no groupAllowFrom and no per-group/topic allowFrom), so any member of a reachable group can run /commands, skill commands and control directives.",
        Remediation = "Approve yourself via pairing or set channels.telegram.groupAllowFrom (or groups.<id>.allowFrom) to numeric Telegram user ids; remove \"*\".",
        OpenClawCheckIds = ["channels.telegram.groups.allowFrom.wildcard", "channels.telegram.groups.allowFrom.missing"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.Config.GetBool("commands.text") == false)
        {
            yield break;
        }

        foreach (var scope in ChannelTargets.Active(install).Where(s => s.Channel == "telegram"))
        {
            if (!TelegramGroups.Reachable(install.Config, scope))
            {
                continue;
            }

            var open = scope.GroupPolicyWithDefaults(install.Config) == "open";
            var groupAllowFrom = scope.Get("groupAllowFrom") as J5Array;
            if (InboundExposure.Wildcard(groupAllowFrom) is { } star)
            {
                yield return Info.Find(
                    $"{scope.Path}: groupAllowFrom contains \"*\", so any member of a reachable group can run /commands and control directives.",
                    Evidence.At(star, "*"),
                    open ? Severity.Critical : Severity.High,
                    "channels.telegram.groups.allowFrom.wildcard",
                    "Telegram group allowlist contains \"*\"");
            }
            else if ((groupAllowFrom?.Count ?? 0) == 0 && !TelegramGroups.OverrideLists(scope).Any())
            {
                yield return Info.Find(
                    $"{scope.Path}: groups are reachable (groupPolicy \"{scope.GroupPolicyWithDefaults(install.Config)}\") but no group sender allowlist is configured; any group member can invoke /commands (pairing approvals under credentials/ are not part of this snapshot).",
                    ConfigEvidence.At(install, scope.Get("groupPolicy"), scope.Path + ".groupAllowFrom"),
                    open ? Severity.Critical : Severity.High,
                    "channels.telegram.groups.allowFrom.missing",
                    "Telegram group commands have no sender allowlist");
            }
        }
    }
}

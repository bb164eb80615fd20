using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Access;

internal sealed class ChannelOpenGroupsCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-ACC-013",
        Title = "Channel accepts any group",
        Layer = Layer.Access,
        DefaultSeverity = Severity.Medium,
        Description = "The effective groupPolicy (the account's, else the channel's, else channels.defaults.groupPolicy) is \"open\": any group the bot is added to can trigger it, and without a groups allowlist anyone can add the bot and ping it. openclaw security audit --fix rewrites these to \"allowlist\".",
        Remediation = "Set groupPolicy \"allowlist\", list the groups under groups.<id> and the allowed senders in groupAllowFrom.",
        OpenClawCheckIds = ["channels.<provider>.groups.open", "channels.telegram.groups.open"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var scope in ChannelTargets.Active(install))
        {
            if (scope.GroupPolicyWithDefaults(install.Config) != "open")
            {
                continue;
            }

            var routes = InboundExposure.HasGroupTargets(scope);
            var inherited = scope.Get("groupPolicy") is null ? " (from channels.defaults.groupPolicy)" : "";
            yield return Info.Find(
                routes
                    ? $"{scope.Path}: groupPolicy=\"open\"{inherited} lets any member of the configured groups trigger the agent; set groupPolicy \"allowlist\" + groupAllowFrom to restrict senders."
                    : $"{scope.Path}: groupPolicy=\"open\"{inherited} with no groups allowlist; anyone can add the bot to a group and ping it.",
                ConfigEvidence.At(install, scope.Get("groupPolicy") ?? install.Config.Get("channels.defaults.groupPolicy"), scope.Path + ".groupPolicy", "open"),
                openClawCheckId: $"channels.{scope.Channel}.groups.open");
        }
    }
}

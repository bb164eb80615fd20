using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Fixes.BuiltIn;

/// <summary>
/// Closes open chat doors on every channel and account: <c>dmPolicy</c> (and the legacy <c>dm.policy</c>)
/// <c>open</c> becomes <c>pairing</c>, <c>groupPolicy</c> <c>open</c> becomes <c>allowlist</c> (also in
/// <c>channels.defaults</c>), and <c>"*"</c> leaves <c>allowFrom</c>, <c>dm.allowFrom</c> and <c>groupAllowFrom</c>.
/// Senders already allowed or paired keep their access.
/// </summary>
internal sealed class ChannelPolicyFix : IFix
{
    public string Id => "FIX-CHANNEL-POLICY";

    public string Title => "Pairing for DMs, allowlists for groups";

    public IReadOnlyList<string> CheckIds { get; } =
    [
        "channels.<provider>.dm.open", "channels.<provider>.dm.open_invalid", "security.exposure.open_channels_with_exec",
        "security.exposure.open_groups_with_elevated", "security.exposure.open_groups_with_runtime_or_fs",
        "security.exposure.open_groups_with_control_plane_tools", "security.trust_model.multi_user_heuristic",
    ];

    public IEnumerable<FixChange> Plan(OpenClawInstall install, FixContext context)
    {
        foreach (var scope in ChannelScope.All(install.Config))
        {
            var at = ConfigPath.Of(scope.Node);
            if (scope.Node["dmPolicy"] is J5String { Value: "open" })
            {
                yield return new ConfigSet(at.Append("dmPolicy"), ConfigValue.Str("pairing"))
                {
                    Reason = "anyone who finds the bot could talk to the agent; pairing lets you approve each sender",
                };
            }

            if (scope.Node["dm"] is J5Object dm && dm["policy"] is J5String { Value: "open" })
            {
                yield return new ConfigSet(at.Append("dm").Append("policy"), ConfigValue.Str("pairing")) { Reason = "legacy dm.policy \"open\": same as dmPolicy" };
            }

            if (scope.Node["groupPolicy"] is J5String { Value: "open" })
            {
                yield return new ConfigSet(at.Append("groupPolicy"), ConfigValue.Str("allowlist"))
                {
                    Reason = "any group the bot is added to could drive the agent; allow groups one by one",
                };
            }

            foreach (var (list, path) in new[] { (scope.Node["allowFrom"], at.Append("allowFrom")), (scope.Node["groupAllowFrom"], at.Append("groupAllowFrom")), (ConfigView.Get(scope.Node, "dm.allowFrom"), at.Append("dm").Append("allowFrom")) })
            {
                if (list is J5Array arr && InboundExposure.Wildcard(arr) is not null)
                {
                    yield return new ConfigSet(path, new J5Array(arr.Items.Where(i => !(i is J5String s && s.Value.Trim() == "*")).Select(ConfigValue.Copy)))
                    {
                        Reason = "\"*\" admits every sender; keep only the senders you know",
                    };
                }
            }
        }

        if (install.Config.GetString("channels.defaults.groupPolicy") == "open")
        {
            yield return new ConfigSet(ConfigPath.Parse("channels.defaults.groupPolicy"), ConfigValue.Str("allowlist")) { Reason = "the default for channels without their own groupPolicy" };
        }
    }
}

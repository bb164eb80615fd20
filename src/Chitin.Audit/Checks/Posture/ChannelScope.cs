using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Posture;

/// <summary>
/// One place inbound access policy is set: a channel root (<c>channels.telegram</c>) or one of its accounts
/// (<c>channels.slack.accounts.work</c>). Unset values inherit from the channel root, then the defaults.
/// </summary>
public sealed record ChannelScope(string Channel, string? Account, J5Object Node, J5Object ChannelNode)
{
    public string Path => Node.Path;

    /// <summary>dmPolicy, or the legacy nested dm.policy; default "pairing".</summary>
    public string DmPolicy => Str(Node, "dmPolicy") ?? Str(Node["dm"], "policy") ?? (Account is null ? null : Str(ChannelNode, "dmPolicy") ?? Str(ChannelNode["dm"], "policy")) ?? "pairing";

    public J5Node? DmPolicyNode => Node["dmPolicy"] ?? ConfigView.Get(Node, "dm.policy") ?? (Account is null ? null : ChannelNode["dmPolicy"]);

    public string GroupPolicy => Str(Node, "groupPolicy") ?? (Account is null ? null : Str(ChannelNode, "groupPolicy")) ?? "allowlist";

    public J5Node? GroupPolicyNode => Node["groupPolicy"] ?? (Account is null ? null : ChannelNode["groupPolicy"]);

    public IReadOnlyList<string> AllowFrom => ConfigView.GetStrings(Node["allowFrom"] ?? ConfigView.Get(Node, "dm.allowFrom"));

    public IReadOnlyList<string> GroupAllowFrom => ConfigView.GetStrings(Node["groupAllowFrom"]);

    /// <summary>The account id OpenClaw's channel plugins use: the account key, or <c>default</c> for the channel root.</summary>
    public string AccountId => Account ?? "default";

    /// <summary>
    /// A key as the channel plugin sees it for this account: the account's own value, else the channel root's
    /// (OpenClaw's <c>mergeAccountConfig</c> is a shallow merge of the account over the root).
    /// </summary>
    public J5Node? Get(string key) => Node[key] ?? (Account is null || key == "accounts" ? null : ChannelNode[key]);

    /// <summary>allowFrom (or legacy dm.allowFrom) with the channel root's list inherited by accounts that set none.</summary>
    public IReadOnlyList<string> EffectiveAllowFrom => ConfigView.GetStrings(EffectiveAllowFromNode);

    public J5Node? EffectiveAllowFromNode => Get("allowFrom") ?? ConfigView.Get(Get("dm"), "allowFrom");

    public IReadOnlyList<string> EffectiveGroupAllowFrom => ConfigView.GetStrings(Get("groupAllowFrom"));

    /// <summary>
    /// groupPolicy, else <c>channels.defaults.groupPolicy</c>, else <c>allowlist</c> (OpenClaw's runtime group policy).
    /// Bundled channels (telegram, a2a, reef) have <c>allowlist</c> materialized on their root by the config schema,
    /// so <c>channels.defaults.groupPolicy</c> never reaches them.
    /// </summary>
    public string GroupPolicyWithDefaults(ConfigView config) =>
        (Get("groupPolicy") as J5String)?.Value
        ?? (InboundExposure.SchemaDefaultedChannels.Contains(Channel) ? "allowlist" : config.GetString("channels.defaults.groupPolicy"))
        ?? "allowlist";

    public bool Enabled => Node["enabled"] is not J5Bool { Value: false } && ChannelNode["enabled"] is not J5Bool { Value: false };

    public static IReadOnlyList<ChannelScope> All(ConfigView config)
    {
        var list = new List<ChannelScope>();
        foreach (var ch in config.Members("channels"))
        {
            if (ch.Key is "defaults" or "modelByChannel" || ch.Value is not J5Object chNode)
            {
                continue;
            }

            list.Add(new ChannelScope(ch.Key, null, chNode, chNode));
            if (chNode["accounts"] is J5Object accounts)
            {
                foreach (var acc in accounts.Members)
                {
                    if (acc.Value is J5Object accNode)
                    {
                        list.Add(new ChannelScope(ch.Key, acc.Key, accNode, chNode));
                    }
                }
            }
        }

        return list;
    }

    /// <summary>
    /// The accounts a channel plugin audits: every object under <c>channels.&lt;id&gt;.accounts</c> (merged over the
    /// root), or the channel root itself as account <c>default</c> when it has no accounts.
    /// </summary>
    public static IReadOnlyList<ChannelScope> AuditTargets(ConfigView config)
    {
        var all = All(config);
        return [.. all.Where(s => s.Account is not null || !all.Any(a => a.Channel == s.Channel && a.Account is not null))];
    }

    private static string? Str(J5Node? o, string key) => ((o as J5Object)?[key] as J5String)?.Value;
}

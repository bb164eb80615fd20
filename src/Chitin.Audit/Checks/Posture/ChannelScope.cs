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

    private static string? Str(J5Node? o, string key) => ((o as J5Object)?[key] as J5String)?.Value;
}

using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Posture;

/// <summary>
/// Who can reach the agent through chat channels, computed the three ways OpenClaw 2026.9.6's audit does:
/// open inbound policies (<c>listOpenInboundPolicies</c>) and multi-user signals
/// (<c>listPotentialMultiUserSignals</c>); <see cref="OpenExecSurface"/> is the third, deeper walk.
/// </summary>
internal static class InboundExposure
{
    /// <summary>
    /// <c>groupPolicy: "open"</c> and <c>dmPolicy</c> (or legacy <c>dm.policy</c>) <c>"open"</c> on each channel root and
    /// each <c>accounts.&lt;id&gt;</c> object, as written (no inheritance). The nodes carry their JSON paths.
    /// </summary>
    public static IReadOnlyList<J5Node> OpenPolicies(ConfigView config)
    {
        var list = new List<J5Node>();
        foreach (var ch in config.Members("channels"))
        {
            if (ch.Value is not J5Object section)
            {
                continue;
            }

            Inspect(section, list);
            if (section["accounts"] is J5Object accounts)
            {
                foreach (var acc in accounts.Members)
                {
                    if (acc.Value is J5Object accNode)
                    {
                        Inspect(accNode, list);
                    }
                }
            }
        }

        return list;

        static void Inspect(J5Object section, List<J5Node> list)
        {
            if (section["groupPolicy"] is J5String { Value: "open" } gp)
            {
                list.Add(gp);
            }

            var dm = section["dmPolicy"];
            if (dm is null or J5Null)
            {
                dm = ConfigView.Get(section["dm"], "policy");
            }

            if (dm is J5String { Value: "open" })
            {
                list.Add(dm);
            }
        }
    }

    /// <summary>
    /// Signals that more than one person can talk to the agent: open group/DM policies, allowlisted groups with
    /// configured targets, and <c>"*"</c> in allowFrom lists. Accounts are judged merged over their channel root.
    /// </summary>
    public static IReadOnlyList<(string Text, J5Node Node)> MultiUserSignals(ConfigView config)
    {
        var signals = new List<(string, J5Node)>();
        foreach (var scope in ChannelScope.All(config))
        {
            var path = scope.Path;
            // Bundled channels (telegram, a2a, reef) get groupPolicy "allowlist" materialized on their root by the
            // config schema, so OpenClaw sees allowlist + configured groups even when the key is not written.
            var gp = scope.Get("groupPolicy") as J5String;
            var groupPolicy = gp?.Value ?? (SchemaDefaultedChannels.Contains(scope.Channel) ? "allowlist" : null);
            if (groupPolicy == "open")
            {
                Add($"{path}.groupPolicy=\"open\"", gp!);
            }
            else if (groupPolicy == "allowlist" && HasGroupTargets(scope))
            {
                Add($"{path}.groupPolicy=\"allowlist\" with configured group targets", gp ?? GroupTargetKeys.Select(scope.Get).First(n => n is J5Object { Count: > 0 })!);
            }

            if (scope.Get("dmPolicy") is J5String { Value: "open" } dp)
            {
                Add($"{path}.dmPolicy=\"open\"", dp);
            }

            if (Wildcard(scope.Get("allowFrom")) is { } af)
            {
                Add($"{path}.allowFrom includes \"*\"", af);
            }

            if (Wildcard(scope.Get("groupAllowFrom")) is { } gaf)
            {
                Add($"{path}.groupAllowFrom includes \"*\"", gaf);
            }

            if (scope.Get("dm") is J5Object dm)
            {
                if (dm["policy"] is J5String { Value: "open" } legacy)
                {
                    Add($"{path}.dm.policy=\"open\"", legacy);
                }

                if (Wildcard(dm["allowFrom"]) is { } daf)
                {
                    Add($"{path}.dm.allowFrom includes \"*\"", daf);
                }
            }
        }

        return signals;

        void Add(string text, J5Node node)
        {
            if (signals.All(s => s.Item1 != text))
            {
                signals.Add((text, node));
            }
        }
    }

    /// <summary>groups / guilds / channels / rooms holds at least one entry (the scope, merged over its root).</summary>
    public static bool HasGroupTargets(ChannelScope scope) => GroupTargetKeys.Any(k => scope.Get(k) is J5Object { Count: > 0 });

    /// <summary>Chat channels bundled with OpenClaw 2026.9.6 whose schema defaults dmPolicy/groupPolicy on the channel root.</summary>
    internal static readonly HashSet<string> SchemaDefaultedChannels = new(StringComparer.Ordinal) { "telegram", "a2a", "reef" };

    private static readonly string[] GroupTargetKeys = ["groups", "guilds", "channels", "rooms"];

    /// <summary>The <c>"*"</c> item of an allowlist array, or null.</summary>
    public static J5Node? Wildcard(J5Node? list) =>
        (list as J5Array)?.Items.FirstOrDefault(i => i is J5String s && s.Value.Trim() == "*");
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Access;

/// <summary>Telegram group reachability as the Telegram plugin's security audit defines it.</summary>
internal static class TelegramGroups
{
    /// <summary>groupPolicy (account, else channels.defaults, else allowlist) is open, or allowlist with groups configured.</summary>
    public static bool Reachable(ConfigView config, ChannelScope scope)
    {
        var policy = scope.GroupPolicyWithDefaults(config);
        return policy == "open" || (policy == "allowlist" && scope.Get("groups") is J5Object { Count: > 0 });
    }

    /// <summary>Non-empty allowFrom lists of groups.&lt;id&gt; and groups.&lt;id&gt;.topics.&lt;id&gt;.</summary>
    public static IEnumerable<J5Array> OverrideLists(ChannelScope scope)
    {
        foreach (var g in (scope.Get("groups") as J5Object)?.Members ?? [])
        {
            if (g.Value is not J5Object group)
            {
                continue;
            }

            if (group["allowFrom"] is J5Array { Count: > 0 } a)
            {
                yield return a;
            }

            foreach (var t in (group["topics"] as J5Object)?.Members ?? [])
            {
                if (t.Value is J5Object topic && topic["allowFrom"] is J5Array { Count: > 0 } ta)
                {
                    yield return ta;
                }
            }
        }
    }
}

using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Posture;

/// <summary>
/// Which <c>bindings[]</c> entry routes a direct message, the way OpenClaw's <c>resolveAgentRoute</c> picks one:
/// the channel must match, <c>match.accountId</c> must equal the account (absent means <c>default</c>, <c>"*"</c> any),
/// and a peer constraint must be a direct peer with that id (or <c>"*"</c>). First match in source order wins.
/// </summary>
internal static class RouteBindings
{
    public static J5Object? ForDirectMessage(ConfigView config, string channel, string accountId, string? peerId)
    {
        J5Object? channelWide = null;
        foreach (var b in config.GetArray("bindings")?.Items.OfType<J5Object>() ?? [])
        {
            var match = b["match"] as J5Object;
            if (!string.Equals((match?["channel"] as J5String)?.Value.Trim(), channel, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var account = (match!["accountId"] as J5String)?.Value.Trim();
            if (!(account == "*" || string.Equals(account is null or "" ? "default" : account, accountId, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (match["guildId"] is not (null or J5Null) || match["teamId"] is not (null or J5Null))
            {
                continue;
            }

            if (match["peer"] is J5Object peer)
            {
                var kind = (peer["kind"] as J5String)?.Value.Trim().ToLowerInvariant();
                var id = peer["id"] switch
                {
                    J5String s => s.Value.Trim(),
                    J5Number n => n.Raw,
                    _ => null,
                };
                if (kind is "direct" or "dm" && (id == "*" || (peerId is not null && string.Equals(id, peerId, StringComparison.OrdinalIgnoreCase))))
                {
                    return b;
                }

                continue;
            }

            channelWide ??= b;
        }

        return channelWide;
    }

    public static string? AgentId(J5Object? binding) => (binding?["agentId"] as J5String)?.Value.Trim().ToLowerInvariant();

    /// <summary>The <c>session.dmScope</c> a binding overrides, else the global one, else <c>main</c>.</summary>
    public static string DmScope(ConfigView config, J5Object? binding) =>
        (ConfigView.Get(binding, "session.dmScope") as J5String)?.Value ?? config.GetString("session.dmScope") ?? "main";
}

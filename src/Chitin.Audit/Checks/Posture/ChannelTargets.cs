using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Posture;

/// <summary>
/// The channel accounts a channel plugin's security adapter would audit: enabled, and configured where Chitin can
/// tell (Telegram needs a bot token). OpenClaw 2026.9.6's CLI never loads those adapters; Chitin applies their
/// rules to every channel generically, with the channel id as <c>&lt;provider&gt;</c>.
/// </summary>
internal static class ChannelTargets
{
    public static IReadOnlyList<ChannelScope> Active(OpenClawInstall install) =>
        [.. ChannelScope.AuditTargets(install.Config).Where(s => s.Enabled && IsConfigured(install, s))];

    public static bool IsConfigured(OpenClawInstall install, ChannelScope scope) => scope.Channel switch
    {
        "telegram" => scope.Get("botToken") is not (null or J5Null) || scope.Get("tokenFile") is J5String
            || (scope.Account is null && install.Environment.ContainsKey("TELEGRAM_BOT_TOKEN")),
        _ => true,
    };

    /// <summary>
    /// DM senders admitted by config: allowFrom (or legacy dm.allowFrom) without <c>"*"</c>, trimmed and
    /// de-duplicated (the pairing store under credentials/ is not part of the snapshot).
    /// </summary>
    public static IReadOnlyList<string> AdmittedDmSenders(ChannelScope scope) =>
        [.. scope.EffectiveAllowFrom.Select(e => Normalize(scope.Channel, e)).Where(e => e.Length > 0 && e != "*").Distinct(StringComparer.Ordinal)];

    public static bool DmWildcard(ChannelScope scope) => scope.EffectiveAllowFrom.Any(e => e.Trim() == "*");

    /// <summary>Human label used in details: the JSON path of the account (or channel root).</summary>
    public static string Label(ChannelScope scope) => scope.Path;

    private static string Normalize(string channel, string entry)
    {
        var e = entry.Trim();
        if (channel == "telegram")
        {
            foreach (var prefix in TelegramPrefixes)
            {
                if (e.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    e = e[prefix.Length..].Trim();
                }
            }
        }

        return e;
    }

    private static readonly string[] TelegramPrefixes = ["telegram:", "tg:"];
}

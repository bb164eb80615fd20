namespace Chitin.Audit.Checks.Posture;

/// <summary>
/// OpenClaw 2026.9.6's built-in tool names, groups, profiles and sandbox defaults (from
/// <c>tool-catalog-*.mjs</c>, <c>tool-policy-shared-*.mjs</c> and <c>sandbox/constants-*.mjs</c>), as data.
/// </summary>
internal static class ToolCatalog
{
    /// <summary>Aliases folded before matching (<c>bash</c> is <c>exec</c>, <c>cron</c> is <c>automations</c>).</summary>
    public static IReadOnlyDictionary<string, string> Aliases { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["bash"] = "exec",
        ["apply-patch"] = "apply_patch",
        ["cron"] = "automations",
    };

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Groups { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["group:openclaw"] =
        [
            "code_execution", "secrets", "web_search", "web_fetch", "x_search", "memory_search", "memory_get", "sessions", "sessions_list",
            "sessions_history", "sessions_search", "conversations_list", "conversations_send", "conversations_turn", "sessions_send",
            "sessions_spawn", "github_identity_status", "github_publish", "agents_wait", "sessions_yield", "subagents", "session_status",
            "suggest_task", "dismiss_task", "browser", "screen", "theme", "dashboard", "terminal", "portal", "show_widget", "message",
            "heartbeat_respond", "automations", "gateway", "plugins", "openclaw", "nodes", "computer", "mobile_ui", "agents_list", "get_goal",
            "create_goal", "update_goal", "progress_card", "ask_user", "skill_workshop", "view_image", "image_generate", "music_generate",
            "video_generate", "tts", "pdf",
        ],
        ["group:fs"] = ["ls", "read", "write", "edit", "apply_patch"],
        ["group:runtime"] = ["exec", "process", "code_execution", "secrets"],
        ["group:web"] = ["web_search", "web_fetch", "x_search"],
        ["group:memory"] = ["memory_search", "memory_get"],
        ["group:sessions"] =
        [
            "sessions", "sessions_list", "sessions_history", "sessions_search", "conversations_list", "conversations_send", "conversations_turn",
            "sessions_send", "sessions_spawn", "github_identity_status", "github_publish", "agents_wait", "sessions_yield", "subagents",
            "session_status", "suggest_task", "dismiss_task",
        ],
        ["group:ui"] = ["browser", "screen", "theme", "dashboard", "terminal", "portal", "canvas", "show_widget"],
        ["group:messaging"] = ["message"],
        ["group:automation"] = ["heartbeat_respond", "automations", "gateway", "plugins", "openclaw"],
        ["group:nodes"] = ["nodes", "computer", "mobile_ui"],
        ["group:agents"] = ["agents_list", "get_goal", "create_goal", "update_goal", "progress_card", "ask_user", "skill_workshop"],
        ["group:media"] = ["view_image", "image_generate", "music_generate", "video_generate", "tts", "pdf"],
    };

    /// <summary>Allow lists of the built-in profiles; an unknown or absent profile filters nothing.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Profiles { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["minimal"] = ["session_status", "gateway"],
        ["coding"] =
        [
            "ls", "read", "write", "edit", "apply_patch", "exec", "process", "code_execution", "secrets", "web_search", "web_fetch", "x_search",
            "memory_search", "memory_get", "sessions", "sessions_list", "sessions_history", "sessions_search", "conversations_list",
            "conversations_send", "conversations_turn", "sessions_send", "sessions_spawn", "github_identity_status", "github_publish",
            "agents_wait", "sessions_yield", "subagents", "session_status", "suggest_task", "dismiss_task", "screen", "theme", "dashboard",
            "terminal", "portal", "automations", "gateway", "plugins", "get_goal", "create_goal", "update_goal", "progress_card", "ask_user",
            "skill_workshop", "view_image", "image_generate", "music_generate", "video_generate", "bundle-mcp",
        ],
        ["messaging"] =
        [
            "secrets", "sessions", "sessions_list", "sessions_history", "sessions_search", "conversations_list", "conversations_send",
            "conversations_turn", "sessions_send", "sessions_spawn", "sessions_yield", "subagents", "session_status", "theme", "message",
            "gateway", "ask_user", "bundle-mcp",
        ],
        ["full"] = ["*"],
    };

    /// <summary>What a session in sandbox mode <c>all</c> may use unless <c>tools.sandbox.tools.allow</c> says otherwise.</summary>
    public static IReadOnlyList<string> SandboxDefaultAllow { get; } =
    [
        "exec", "process", "read", "ls", "write", "edit", "apply_patch", "view_image", "sessions_list", "sessions_history", "sessions_search",
        "sessions_send", "sessions_spawn", "sessions_yield", "subagents", "session_status",
    ];

    /// <summary>Denied in sandbox mode <c>all</c> unless re-allowed explicitly (control-plane tools and every channel id).</summary>
    public static IReadOnlyList<string> SandboxDefaultDeny { get; } =
    [
        "browser", "canvas", "computer", "mobile_ui", "nodes", "automations", "gateway",
        "feishu", "googlechat", "nostr", "buzz", "msteams", "mattermost", "nextcloud-talk", "matrix", "raft", "a2a", "line", "zalo",
        "clickclack", "zalouser", "sms", "synology-chat", "tlon", "discord", "imessage", "irc", "reef", "signal", "slack", "telegram",
        "twitch", "whatsapp",
    ];

    /// <summary>Tool name as policy matching sees it: lower case, trimmed, aliases folded.</summary>
    public static string Normalize(string name)
    {
        var n = name.Trim().ToLowerInvariant();
        return Aliases.TryGetValue(n, out var alias) ? alias : n;
    }

    /// <summary>Normalizes a list and expands <c>group:*</c> names into their tools (order kept, duplicates dropped).</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> list)
    {
        var result = new List<string>();
        foreach (var raw in list)
        {
            var n = Normalize(raw);
            if (n.Length == 0)
            {
                continue;
            }

            if (Groups.TryGetValue(n, out var members))
            {
                foreach (var m in members)
                {
                    if (!result.Contains(m, StringComparer.Ordinal))
                    {
                        result.Add(m);
                    }
                }
            }
            else if (!result.Contains(n, StringComparer.Ordinal))
            {
                result.Add(n);
            }
        }

        return result;
    }
}

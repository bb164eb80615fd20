using System.Text.RegularExpressions;

namespace Chitin.Audit.Checks.Identity;

/// <summary>
/// OpenClaw 2026.9.6 checkId families that are critical, or escalate to critical (from
/// shared/reference/openclaw-audit-checks.json). <c>&lt;x&gt;</c> placeholders match one dot-free segment.
/// </summary>
internal static class OpenClawCriticalCheckIds
{
    private static readonly string[] AlwaysCritical =
    [
        "fs.state_dir.perms_world_writable", "fs.config.perms_writable", "fs.config.perms_world_readable",
        "fs.config_include.perms_writable", "fs.config_include.perms_world_readable", "fs.credentials_dir.perms_writable",
        "fs.auth_profiles.perms_writable", "gateway.bind_no_auth", "gateway.loopback_no_auth", "gateway.tailscale_funnel",
        "gateway.control_ui.allowed_origins_required", "gateway.token_placeholder_value", "gateway.password_placeholder_value",
        "gateway.trusted_proxy_auth", "gateway.trusted_proxy_no_proxies", "gateway.trusted_proxy_no_user_header",
        "gateway.trusted_proxy_device_auto_approve_admin", "hooks.token_reuse_gateway_token", "hooks.path_root",
        "sandbox.dangerous_bind_mount", "sandbox.dangerous_network_mode", "sandbox.dangerous_seccomp_profile",
        "sandbox.dangerous_apparmor_profile", "sandbox.browser_container.non_loopback_publish",
        "tools.elevated.allowFrom.<provider>.wildcard", "security.exposure.open_groups_with_elevated",
        "security.exposure.open_groups_with_control_plane_tools", "plugins.code_safety.entry_escape", "browser.control_no_auth",
        "channels.<provider>.dm.open", "channels.telegram.groups.allowFrom.wildcard", "channels.telegram.groups.allowFrom.missing",
    ];

    private static readonly string[] SometimesCritical =
    [
        "gateway.http.no_auth", "gateway.tools_invoke_http.dangerous_allow", "gateway.nodes.allow_commands_dangerous",
        "gateway.control_ui.allowed_origins_wildcard", "gateway.control_ui.host_header_origin_fallback", "gateway.real_ip_fallback_enabled",
        "discovery.mdns_full_mode", "hooks.allowed_agent_ids_unrestricted", "hooks.request_session_key_enabled",
        "hooks.request_session_key_prefixes_missing", "tools.exec.security_full_configured", "security.exposure.open_channels_with_exec",
        "security.exposure.open_groups_with_runtime_or_fs", "models.small_params", "skills.code_safety", "plugins.extensions_no_allowlist",
        "plugins.code_safety",
    ];

    private static readonly Lazy<IReadOnlyList<(Regex Pattern, string Family, bool Always)>> Table = new(() =>
        [.. AlwaysCritical.Select(f => (ToRegex(f), f, true)), .. SometimesCritical.Select(f => (ToRegex(f), f, false))]);

    /// <summary>The family a checkId belongs to and whether it is always critical; null when it never is.</summary>
    public static (string Family, bool Always)? Classify(string checkId)
    {
        foreach (var (pattern, family, always) in Table.Value)
        {
            if (pattern.IsMatch(checkId))
            {
                return (family, always);
            }
        }

        return null;
    }

    private static Regex ToRegex(string family)
    {
        var parts = family.Split('.').Select(p => p.StartsWith('<') && p.EndsWith('>') ? "[^.]+" : Regex.Escape(p));
        return new Regex("^" + string.Join(@"\.", parts) + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}

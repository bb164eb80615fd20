using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Network;

internal sealed class HttpToolsInvokeDangerousAllowCheck : IAuditCheck
{
    /// <summary>OpenClaw's <c>DEFAULT_GATEWAY_HTTP_TOOL_DENY</c> (dangerous-tools-*.mjs, 2026.9.6).</summary>
    internal static readonly string[] DefaultHttpDeny =
    [
        "exec", "spawn", "shell", "fs_write", "fs_delete", "fs_move", "apply_patch", "terminal", "portal", "sessions_spawn", "sessions_send",
        "conversations_list", "conversations_send", "conversations_turn", "automations", "gateway", "plugins", "nodes", "computer", "mobile_ui", "openclaw",
    ];

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-007",
        Title = "HTTP /tools/invoke re-enables default-denied tools",
        Layer = Layer.Network,
        DefaultSeverity = Severity.Medium,
        Description = "gateway.tools.allow removes tools such as exec, sessions_spawn or gateway from the default deny list of POST /tools/invoke, turning a gateway credential into one HTTP call away from shell or control-plane actions.",
        Remediation = "Remove those names from gateway.tools.allow. If you keep them, keep gateway.bind loopback and treat the gateway credential as full admin.",
        OpenClawCheckIds = ["gateway.tools_invoke_http.dangerous_allow"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var allow = install.Config.GetArray("gateway.tools.allow");
        if (allow is null)
        {
            yield break;
        }

        var names = allow.Items.OfType<J5String>().Select(s => s.Value.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var reenabled = DefaultHttpDeny.Where(names.Contains).ToList();
        if (reenabled.Count == 0)
        {
            yield break;
        }

        var g = GatewayPosture.Of(install);
        var extraRisk = !g.BindIsLoopbackSetting || g.TailscaleMode == "funnel";
        yield return Info.Find(
            $"gateway.tools.allow includes {string.Join(", ", reenabled)}, removing them from the default HTTP deny list"
                + (extraRisk ? $"; the gateway is reachable beyond loopback (bind \"{g.Bind}\", tailscale \"{g.TailscaleMode}\")." : "."),
            Evidence.At(allow),
            extraRisk ? Severity.Critical : Severity.Medium);
    }
}

using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Posture;

/// <summary>The gateway's effective exposure and auth, resolved the way OpenClaw 2026.9 resolves them.</summary>
public sealed record GatewayPosture
{
    public required string Bind { get; init; }

    public required string AuthMode { get; init; }

    public required SecretValue Token { get; init; }

    public required SecretValue Password { get; init; }

    public required bool ControlUiEnabled { get; init; }

    public required string TailscaleMode { get; init; }

    public required int Port { get; init; }

    public bool IsLoopback => Bind == "loopback" || (Bind == "custom" && CustomHostIsLoopback);

    public bool CustomHostIsLoopback { get; init; }

    /// <summary>Reachable from other hosts: non-loopback bind or Tailscale serve/funnel.</summary>
    public bool RemotelyExposed => !IsLoopback || TailscaleMode is "serve" or "funnel";

    /// <summary>OpenClaw's audit test for "beyond loopback": only the literal <c>gateway.bind: "loopback"</c> counts as loopback.</summary>
    public bool BindIsLoopbackSetting => Bind == "loopback";

    /// <summary>OpenClaw's <c>isGatewayRemotelyExposed</c>: bind other than <c>loopback</c>, or Tailscale serve/funnel.</summary>
    public bool ExposedPerOpenClaw => !BindIsLoopbackSetting || TailscaleMode is "serve" or "funnel";

    /// <summary>Tailscale whois identity satisfies WS/UI auth: <c>gateway.auth.allowTailscale</c>, default on under serve unless mode is password/trusted-proxy.</summary>
    public bool AllowTailscale { get; init; }

    /// <summary>Some credential guards the gateway (token, password or trusted-proxy identity).</summary>
    public bool HasAuth => AuthMode switch
    {
        "none" => false,
        "trusted-proxy" => true,
        "password" => Usable(Password),
        _ => Usable(Token),
    };

    public static GatewayPosture Of(OpenClawInstall install)
    {
        var c = install.Config;
        var bind = c.GetString("gateway.bind") ?? "loopback";
        var tokenNode = c.Get("gateway.auth.token");
        var passwordNode = c.Get("gateway.auth.password");
        var token = SecretValue.From(tokenNode, install);
        var password = SecretValue.From(passwordNode, install);
        // OpenClaw substitutes ${VAR} at load and trims: a blank or unresolved string falls back to the environment.
        if (!Usable(token) && install.Environment.TryGetValue("OPENCLAW_GATEWAY_TOKEN", out var envToken))
        {
            token = new SecretValue(null, envToken, false, "OPENCLAW_GATEWAY_TOKEN");
        }

        if (!Usable(password) && (install.Environment.TryGetValue("OPENCLAW_GATEWAY_PASSWORD", out var envPw) || (envPw = install.DotEnv.LastOrDefault(e => e.Key == "OPENCLAW_GATEWAY_PASSWORD")?.Value) is not null))
        {
            password = new SecretValue(null, envPw, false, "OPENCLAW_GATEWAY_PASSWORD");
        }

        if (!Usable(token) && install.DotEnv.LastOrDefault(e => e.Key == "OPENCLAW_GATEWAY_TOKEN") is { } dotToken)
        {
            token = new SecretValue(null, dotToken.Value, false, "OPENCLAW_GATEWAY_TOKEN");
        }

        var mode = c.GetString("gateway.auth.mode") ?? (Usable(password) ? "password" : "token");
        var host = c.GetString("gateway.customBindHost") ?? "";
        var allowTailscale = c.GetBool("gateway.auth.allowTailscale") ?? (c.GetString("gateway.tailscale.mode") == "serve" && mode is not ("password" or "trusted-proxy"));
        var portEnv = install.Environment.TryGetValue("OPENCLAW_GATEWAY_PORT", out var p) && int.TryParse(p, out var pe) ? pe : (int?)null;
        return new GatewayPosture
        {
            Bind = bind,
            AuthMode = mode,
            Token = token,
            Password = password,
            ControlUiEnabled = c.GetBool("gateway.controlUi.enabled") ?? true,
            TailscaleMode = c.GetString("gateway.tailscale.mode") ?? "off",
            AllowTailscale = allowTailscale,
            Port = portEnv ?? (int?)c.GetNumber("gateway.port") ?? 18789,
            CustomHostIsLoopback = host.StartsWith("127.", StringComparison.Ordinal) || host is "::1" or "localhost",
        };
    }

    /// <summary>
    /// A credential OpenClaw counts as configured: a non-blank value, or a SecretRef object (resolved elsewhere).
    /// A <c>${VAR}</c> string whose variable is missing does not count (the audit reports bind_no_auth for it).
    /// </summary>
    private static bool Usable(SecretValue v) => v.Value is null ? v.Node is J5Object : v.Value.Trim().Length > 0;

    /// <summary>The node to point evidence at for bind settings (the bind key, or the gateway block, or the config root).</summary>
    public static J5Node? BindNode(OpenClawInstall install) =>
        install.Config.Get("gateway.bind") ?? install.Config.Get("gateway");
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Fixes.BuiltIn;

/// <summary>
/// Gives the gateway a strong shared secret kept the way OpenClaw expects secrets: the value in
/// <c>&lt;state&gt;/.env</c> and an env SecretRef in the config
/// (<c>gateway.auth.token: { source: "env", provider: "default", id: "OPENCLAW_GATEWAY_TOKEN" }</c>).
/// No auth, a missing, blank, short, placeholder or guessable token gets a newly generated one (32 random
/// bytes); a strong literal is moved unchanged so clients keep working. Password mode keeps its mode with the
/// password moved or regenerated the same way. Trusted-proxy auth that trusts the whole internet, or has no
/// proxies or user header, is replaced by token auth; a well-formed one is left to its operator.
/// </summary>
internal sealed class GatewayAuthFix : IFix
{
    public const string TokenVariable = "OPENCLAW_GATEWAY_TOKEN";
    public const string PasswordVariable = "OPENCLAW_GATEWAY_PASSWORD";

    public string Id => "FIX-GATEWAY-AUTH";

    public string Title => "Strong gateway secret from .env";

    public IReadOnlyList<string> CheckIds { get; } =
    [
        "CHI-NET-001", "CHI-NET-002", "CHI-NET-005", "CHI-NET-015", "CHI-NET-016", "CHI-NET-018", "CHI-NET-023", "CHI-NET-028", "CHI-NET-029",
        "CHI-IDS-009", "CHI-IDS-013",
        "gateway.bind_no_auth", "gateway.loopback_no_auth", "gateway.http.no_auth", "gateway.token_placeholder_value",
        "gateway.password_placeholder_value", "gateway.token_too_short", "gateway.password_too_short",
        "config.secrets.gateway_password_in_config", "gateway.trusted_proxy_no_proxies", "gateway.trusted_proxy_no_user_header",
    ];

    public IEnumerable<FixChange> Plan(OpenClawInstall install, FixContext context)
    {
        if (context.Target.AuthMode != "token")
        {
            yield break;
        }

        var c = install.Config;
        var posture = GatewayPosture.Of(install);
        var explicitMode = c.GetString("gateway.auth.mode");
        if (posture.AuthMode == "trusted-proxy")
        {
            if (TrustedProxyIsSound(c))
            {
                yield return new FixNote { Reason = "gateway.auth.mode is \"trusted-proxy\" with specific proxies; left as is (OpenClaw always reports it as critical: make sure only the proxy can reach the port)" };
                yield break;
            }

            yield return new ConfigRemove(ConfigPath.Parse("gateway.auth.trustedProxy"))
            {
                Reason = "trusted-proxy auth without specific proxies and a user header lets anyone claim any user",
            };
            foreach (var change in Token(install, context, "none"))
            {
                yield return change;
            }

            yield break;
        }

        if (posture.AuthMode == "password")
        {
            foreach (var change in Password(install, context))
            {
                yield return change;
            }

            yield break;
        }

        foreach (var change in Token(install, context, explicitMode))
        {
            yield return change;
        }
    }

    private static IEnumerable<FixChange> Token(OpenClawInstall install, FixContext context, string? explicitMode)
    {
        var c = install.Config;
        var node = c.Get("gateway.auth.token");
        var tokenPath = ConfigPath.Parse("gateway.auth.token");
        if (explicitMode != "token")
        {
            yield return new ConfigSet(ConfigPath.Parse("gateway.auth.mode"), ConfigValue.Str("token"))
            {
                Reason = explicitMode is null or "none" ? "every client must present the gateway token" : $"replaces \"{explicitMode}\"",
            };
        }

        var current = SecretValue.From(node, install);
        switch (node)
        {
            case J5Object when current.EnvVar is null:
                // A file/exec/store SecretRef: resolved outside Chitin's reach; the operator chose it.
                break;
            case not null when !current.IsLiteral && current.EnvVar is { } variable:
                if (!SecretChoice.IsStrong(current.Value))
                {
                    if (install.Environment.ContainsKey(variable))
                    {
                        yield return new FixNote { Reason = $"{variable} is set in this environment to a weak value; it wins over .env, so change it where the gateway's service environment sets it" };
                    }

                    var envVar = Editing.DotEnvEdit.IsValidKey(variable) ? variable : TokenVariable;
                    yield return new EnvFileSet(envVar, context.Secrets.NewSecret()) { Reason = "a new gateway token (32 random bytes); the old one was missing, short or guessable" };
                    if (envVar != variable)
                    {
                        yield return new ConfigSet(tokenPath, ConfigValue.EnvSecretRef(envVar)) { Reason = "reference the token kept in .env" };
                    }
                }

                break;
            default:
                {
                    // A literal in the config, or no token at all (maybe one in the environment or .env).
                    var existing = node is J5String s ? s.Value : GatewayCredential.FromEnvironment(install, TokenVariable)?.Value;
                    var password = SecretValue.From(c.Get("gateway.auth.password"), install).Value;
                    var (value, generated) = SecretChoice.KeepOrGenerate(existing, context, password, HookToken(install));
                    yield return new EnvFileSet(TokenVariable, value)
                    {
                        Reason = generated ? "a new gateway token (32 random bytes); the config had none, or a short, placeholder or guessable one" : "the gateway token moves out of the config, unchanged",
                    };
                    yield return new ConfigSet(tokenPath, ConfigValue.EnvSecretRef(TokenVariable))
                    {
                        Reason = "OpenClaw resolves this SecretRef from its environment or <state>/.env, so the secret is not in the config file",
                    };
                    break;
                }
        }

        if (c.Get("gateway.auth.password") is J5String)
        {
            yield return new ConfigRemove(ConfigPath.Parse("gateway.auth.password")) { Reason = "token auth is used; a plaintext password left in the config only leaks" };
        }
    }

    private static IEnumerable<FixChange> Password(OpenClawInstall install, FixContext context)
    {
        var c = install.Config;
        var node = c.Get("gateway.auth.password");
        var current = SecretValue.From(node, install);
        var path = ConfigPath.Parse("gateway.auth.password");
        if (node is J5Object && current.EnvVar is null)
        {
            yield break;
        }

        if (node is not null && !current.IsLiteral && current.EnvVar is { } variable)
        {
            if (!SecretChoice.IsStrong(current.Value))
            {
                var envVar = Editing.DotEnvEdit.IsValidKey(variable) ? variable : PasswordVariable;
                yield return new EnvFileSet(envVar, context.Secrets.NewSecret()) { Reason = "a new gateway password (32 random bytes); the old one was missing, short or guessable" };
                if (envVar != variable)
                {
                    yield return new ConfigSet(path, ConfigValue.EnvSecretRef(envVar)) { Reason = "reference the password kept in .env" };
                }
            }
        }
        else
        {
            var existing = node is J5String s ? s.Value : GatewayCredential.FromEnvironment(install, PasswordVariable)?.Value;
            var (value, generated) = SecretChoice.KeepOrGenerate(existing, context, HookToken(install));
            yield return new EnvFileSet(PasswordVariable, value)
            {
                Reason = generated ? "a new gateway password (32 random bytes); the old one was missing, short or guessable" : "the gateway password moves out of the config, unchanged",
            };
            yield return new ConfigSet(path, ConfigValue.EnvSecretRef(PasswordVariable))
            {
                Reason = "OpenClaw resolves this SecretRef from its environment or <state>/.env, so the secret is not in the config file",
            };
        }

        if (c.Get("gateway.auth.token") is J5String)
        {
            yield return new ConfigRemove(ConfigPath.Parse("gateway.auth.token")) { Reason = "password auth is used; a plaintext token left in the config only leaks" };
        }
    }

    /// <summary>Trusted-proxy auth with specific (not internet-wide) proxies and a user header.</summary>
    internal static bool TrustedProxyIsSound(ConfigView c)
    {
        var proxies = ConfigView.GetStrings(c.Get("gateway.trustedProxies"));
        var specific = proxies.Where(p => IpRange.TryParse(p, out var r) && !r.IsEverything && !r.IsBroadPublic).ToList();
        return specific.Count > 0 && specific.Count == proxies.Count && c.GetString("gateway.auth.trustedProxy.userHeader") is { Length: > 0 };
    }

    private static string? HookToken(OpenClawInstall install) => SecretValue.From(install.Config.Get("hooks.token"), install).Value;
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Network;

internal sealed class EnvTokenConflictCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-004",
        Title = "OPENCLAW_GATEWAY_TOKEN differs from gateway.auth.token",
        Layer = Layer.Network,
        DefaultSeverity = Severity.Medium,
        Description = "OPENCLAW_GATEWAY_TOKEN (environment or <state>/.env) is set while gateway.auth.token uses a different source. The gateway and configured clients prefer the config token; the environment value stays valid for env-targeted clients, so a stale or leaked token keeps working somewhere.",
        Remediation = "Keep one source: remove OPENCLAW_GATEWAY_TOKEN from the shell, ~/.openclaw/.env and service env, or set gateway.auth.token to { source: \"env\", provider: \"default\", id: \"OPENCLAW_GATEWAY_TOKEN\" }.",
        OpenClawCheckIds = ["gateway.env_token_overrides_config"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var c = install.Config;
        if (GatewayCredential.FromEnvironment(install, "OPENCLAW_GATEWAY_TOKEN") is not { } env
            || (install.Environment.TryGetValue("OPENCLAW_SERVICE_KIND", out var kind) && kind.Trim() == "gateway")
            || c.GetString("gateway.mode") == "remote"
            || c.GetString("gateway.auth.mode") is "password" or "none" or "trusted-proxy"
            || c.Get("gateway.auth.token") is not { } tokenNode)
        {
            yield break;
        }

        // ${VAR} is substituted at load, so a resolved template compares by value; SecretRef objects, $VAR shorthand
        // and unresolved templates stay references (skipped only when they name OPENCLAW_GATEWAY_TOKEN itself).
        var configured = SecretValue.From(tokenNode, install);
        var raw = (tokenNode as J5String)?.Value.Trim();
        var substituted = tokenNode is J5String && !configured.IsLiteral && configured.Value?.Trim() is { Length: > 0 };
        var isRef = !substituted && (!configured.IsLiteral || (raw is not null && IsShorthandRef(raw)));
        var refName = configured.EnvVar ?? (raw is { Length: > 1 } ? raw[1..] : null);
        if (isRef && refName == "OPENCLAW_GATEWAY_TOKEN")
        {
            yield break;
        }

        var literal = isRef ? null : substituted ? configured.Value!.Trim() : raw;
        if ((!isRef && string.IsNullOrEmpty(literal)) || literal == env.Value)
        {
            yield break;
        }

        var configSource = isRef ? (refName is { } v ? $"a reference to {v}" : "a SecretRef")
            : substituted ? $"{configured.EnvVar} ({Redaction.Secret(literal)})" : $"an inline value ({Redaction.Secret(literal)})";
        yield return Info.Find(
            $"{env.Source} holds {Redaction.Secret(env.Value)} while gateway.auth.token is {configSource}; the two can authenticate against different targets.",
            Evidence.At(tokenNode, isRef ? null : Redaction.Secret(literal)));
    }

    private static bool IsShorthandRef(string value) => value.Trim() is { Length: > 1 } t && t[0] == '$' && t[1..].All(ch => char.IsAsciiLetterUpper(ch) || char.IsAsciiDigit(ch) || ch == '_');
}

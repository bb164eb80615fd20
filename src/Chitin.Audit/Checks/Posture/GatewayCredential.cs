using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Posture;

/// <summary>
/// The gateway token or password OpenClaw would select, config first: a non-blank literal in
/// <c>gateway.auth.&lt;kind&gt;</c> or a resolved <c>${VAR}</c>, or a SecretRef object (its value when it resolves),
/// else <c>OPENCLAW_GATEWAY_TOKEN</c>/<c>_PASSWORD</c> from the environment or <c>&lt;state&gt;/.env</c>, else the blank
/// literal itself. <see cref="Value"/> is for comparisons only; print it with <see cref="Redaction.Secret"/>.
/// </summary>
internal sealed record GatewayCredential(string Kind, string? Value, J5Node? Node, string Source, bool IsConfigLiteral, DotEnvEntry? DotEnvLine = null)
{
    /// <summary>Where the selected value was written, with the value redacted.</summary>
    public Evidence EvidenceIn(OpenClawInstall install) =>
        Node is not null ? Evidence.At(Node, Redaction.Secret(Value))
        : DotEnvLine is { } d ? new Evidence { File = d.File, Line = d.Line, JsonPath = d.Key, Value = Redaction.Secret(Value) }
        : Evidence.ForConfigPath(install.ConfigPath, "gateway.auth." + Kind, Value is null ? null : $"{Redaction.Secret(Value)} from {Source}");

    public string EnvVar => Kind == "token" ? "OPENCLAW_GATEWAY_TOKEN" : "OPENCLAW_GATEWAY_PASSWORD";

    /// <summary>A file/exec/store SecretRef or an unresolved env reference: configured, value unknown here.</summary>
    public bool IsUnresolvedReference => Value is null && Node is not null && !IsConfigLiteral;

    public static GatewayCredential Token(OpenClawInstall install) => Select(install, "token");

    public static GatewayCredential Password(OpenClawInstall install) => Select(install, "password");

    /// <summary>The credential of the effective auth mode (token or password), or null for none/trusted-proxy.</summary>
    public static GatewayCredential? ForMode(OpenClawInstall install, string authMode) => authMode switch
    {
        "token" => Token(install),
        "password" => Password(install),
        _ => null,
    };

    private static GatewayCredential Select(OpenClawInstall install, string kind)
    {
        var node = install.Config.Get("gateway.auth." + kind);
        var env = kind == "token" ? "OPENCLAW_GATEWAY_TOKEN" : "OPENCLAW_GATEWAY_PASSWORD";
        var configured = SecretValue.From(node, install);
        if (node is J5String literal && configured.IsLiteral)
        {
            if (literal.Value.Trim().Length > 0)
            {
                return new GatewayCredential(kind, literal.Value.Trim(), node, "gateway.auth." + kind, true);
            }
        }
        else if (node is J5String && configured.Value?.Trim() is { Length: > 0 } substituted)
        {
            // ${VAR} is substituted when OpenClaw loads the config; an unresolved one falls back to the environment.
            return new GatewayCredential(kind, substituted, node, $"gateway.auth.{kind} → {configured.EnvVar}", false);
        }
        else if (node is J5Object)
        {
            var value = configured.Value?.Trim();
            var from = configured.EnvVar is { } v ? $"gateway.auth.{kind} → {v}" : "gateway.auth." + kind;
            return new GatewayCredential(kind, value is { Length: > 0 } ? value : null, node, from, false);
        }

        if (FromEnvironment(install, env) is { } e)
        {
            return new GatewayCredential(kind, e.Value, null, e.Source, false, e.Line);
        }

        return node is J5String blank
            ? new GatewayCredential(kind, configured.IsLiteral ? blank.Value : null, node, "gateway.auth." + kind, configured.IsLiteral)
            : new GatewayCredential(kind, null, null, "unset", false);
    }

    /// <summary>
    /// Whether a SecretRef object can be resolved from here: env refs when the variable is set, file/exec/store refs
    /// when <c>secrets.providers.&lt;provider&gt;</c> defines the provider they name (Chitin does not run providers; an
    /// undefined provider is what makes OpenClaw's own resolution fail).
    /// </summary>
    public static bool RefResolvable(OpenClawInstall install, J5Object reference)
    {
        var source = (reference["source"] as J5String)?.Value;
        if (source == "env")
        {
            return SecretValue.From(reference, install).Value?.Trim().Length > 0;
        }

        var provider = (reference["provider"] as J5String)?.Value.Trim()
            ?? (source is null ? null : install.Config.GetString("secrets.defaults." + source));
        return provider is { Length: > 0 } && install.Config.Get("secrets.providers." + provider) is J5Object;
    }

    /// <summary>A variable from the auditing environment, else from <c>&lt;state&gt;/.env</c> (OpenClaw loads it without overriding).</summary>
    public static (string Value, string Source, DotEnvEntry? Line)? FromEnvironment(OpenClawInstall install, string name)
    {
        if (install.Environment.TryGetValue(name, out var v) && v.Trim().Length > 0)
        {
            return (v.Trim(), name + " (environment)", null);
        }

        if (install.DotEnv.LastOrDefault(d => d.Key == name) is { } d && d.Value.Trim().Length > 0)
        {
            return (d.Value.Trim(), $"{name} ({Path.GetFileName(d.File)}:{d.Line})", d);
        }

        return null;
    }
}

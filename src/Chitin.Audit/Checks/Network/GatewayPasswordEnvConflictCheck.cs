using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Network;

internal sealed class GatewayPasswordEnvConflictCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-038",
        Title = "OPENCLAW_GATEWAY_PASSWORD differs from gateway.auth.password",
        Layer = Layer.Network,
        DefaultSeverity = Severity.Medium,
        Description = "OPENCLAW_GATEWAY_PASSWORD (environment or <state>/.env) holds a different password than gateway.auth.password. The gateway uses the config value; env-first clients and scripts use the other one, so a password you believe rotated may still be in use. OpenClaw only checks this for tokens.",
        Remediation = "Keep one source: delete the stale OPENCLAW_GATEWAY_PASSWORD line, or set gateway.auth.password to { source: \"env\", provider: \"default\", id: \"OPENCLAW_GATEWAY_PASSWORD\" }.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var c = install.Config;
        if (GatewayCredential.FromEnvironment(install, "OPENCLAW_GATEWAY_PASSWORD") is not { } env
            || c.GetString("gateway.mode") == "remote"
            || c.GetString("gateway.auth.mode") is "token" or "none" or "trusted-proxy"
            || c.Get("gateway.auth.password") is not J5String node)
        {
            yield break;
        }

        var configured = SecretValue.From(node, install);
        var literal = node.Value.Trim();
        if (!configured.IsLiteral || literal.Length == 0 || literal.StartsWith('$') || literal == env.Value)
        {
            yield break;
        }

        yield return Info.Find(
            $"{env.Source} holds {Redaction.Secret(env.Value)} while gateway.auth.password is an inline {Redaction.Secret(literal)}; the values differ.",
            Evidence.At(node, Redaction.Secret(literal)));
    }
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Access;

internal sealed class HookTokenReuseCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-ACC-017",
        Title = "Webhook token is the gateway token or password",
        Layer = Layer.Access,
        DefaultSeverity = Severity.High,
        Description = "hooks.token equals the active gateway token (or password). Webhook tokens are handed to external senders (mail push, CI, SaaS webhooks); anyone holding it also holds full gateway operator access.",
        Remediation = "Rotate hooks.token to its own random value (openclaw doctor --fix rotates a persisted one) and update the webhook senders.",
        OpenClawCheckIds = ["hooks.token_reuse_gateway_token"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var c = install.Config;
        if (c.GetBool("hooks.enabled") != true || c.Get("hooks.token") is not J5String tokenNode || SecretValue.From(tokenNode, install).Value?.Trim() is not { Length: > 0 } hooks)
        {
            yield break;
        }

        var mode = GatewayPosture.Of(install).AuthMode;
        var shared = mode switch
        {
            "token" => GatewayCredential.Token(install),
            "password" or "trusted-proxy" => GatewayCredential.Password(install),
            _ => null,
        };
        if (shared?.Value?.Trim() != hooks)
        {
            yield break;
        }

        yield return Info.Find(
            $"hooks.token matches the gateway {shared.Kind} ({shared.Source}); compromise of any webhook sender becomes gateway {(shared.Kind == "token" ? "API" : "password")} access.",
            Evidence.At(tokenNode, Redaction.Secret(hooks)));
    }
}

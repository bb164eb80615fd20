using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Access;

internal sealed class HookTokenWeakCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-ACC-027",
        Title = "Webhook token is a placeholder or guessable",
        Layer = Layer.Access,
        DefaultSeverity = Severity.High,
        Description = "hooks.token is a template placeholder (change-me…, your-…, <token>, xxx…) or, though 24+ characters, has little entropy. Anyone who guesses it can start agent runs through /hooks/agent. OpenClaw only checks its length.",
        Remediation = "Set hooks.token to a random value (openssl rand -hex 32), ideally via ${VAR} from the service environment, and update the webhook senders.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var c = install.Config;
        if (c.GetBool("hooks.enabled") != true || c.Get("hooks.token") is not J5String node || SecretValue.From(node, install).Value?.Trim() is not { Length: > 0 } token)
        {
            yield break;
        }

        var exposed = GatewayPosture.Of(install).ExposedPerOpenClaw;
        if (SecretStrength.PlaceholderReason(token) is { } reason)
        {
            yield return Info.Find($"hooks.token is {reason}.", Evidence.At(node, Redaction.Secret(token)), exposed ? Severity.Critical : Severity.High);
        }
        else if (SecretStrength.WeaknessReason(token) is { } weak)
        {
            yield return Info.Find($"hooks.token ({token.Length} chars) has {weak}.", Evidence.At(node, Redaction.Secret(token)), exposed ? Severity.High : Severity.Medium, title: "Webhook token is guessable");
        }
    }
}

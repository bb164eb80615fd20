using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Identity;

internal sealed class HooksTokenInConfigCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-IDS-010",
        Title = "Webhook token stored in the config file",
        Layer = Layer.Identity,
        DefaultSeverity = Severity.Info,
        Description = "With hooks enabled, hooks.token authenticates every POST to the webhook ingress; hooks.token cannot be a SecretRef, so a literal lives in the config file.",
        Remediation = "Write hooks.token as \"${OPENCLAW_HOOKS_TOKEN}\" and set the variable in the service environment or <state>/.env; keep the config file 600.",
        OpenClawCheckIds = ["config.secrets.hooks_token_in_config"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.Config.GetBool("hooks.enabled") == true && install.Config.Get("hooks.token") is J5String s && GatewayPasswordInConfigCheck.IsLiteral(s.Value))
        {
            yield return Info.Find("hooks.token is written in the config file; keep config perms tight and treat it like an API secret.", Evidence.At(s, Redaction.Secret(s.Value)));
        }
    }
}

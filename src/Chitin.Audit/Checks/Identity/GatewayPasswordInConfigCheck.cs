using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Identity;

internal sealed class GatewayPasswordInConfigCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-IDS-009",
        Title = "Gateway password stored in the config file",
        Layer = Layer.Identity,
        DefaultSeverity = Severity.Medium,
        Description = "gateway.auth.password written as a literal sits in openclaw.json, its backups and every copy of the file; anyone who reads it operates the gateway.",
        Remediation = "Remove gateway.auth.password from the file and supply it as OPENCLAW_GATEWAY_PASSWORD or a SecretRef ({ source: \"env\", provider: \"default\", id: \"OPENCLAW_GATEWAY_PASSWORD\" }).",
        OpenClawCheckIds = ["config.secrets.gateway_password_in_config"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.Config.Get("gateway.auth.password") is J5String s && IsLiteral(s.Value))
        {
            yield return Info.Find("gateway.auth.password is written in the config file; prefer an environment variable or SecretRef.", Evidence.At(s, Redaction.Secret(s.Value)));
        }
    }

    /// <summary>OpenClaw's test: a non-blank string that is not wholly a <c>${VAR}</c> reference.</summary>
    public static bool IsLiteral(string value)
    {
        var v = value.Trim();
        return v.Length > 0 && !(v.StartsWith("${", StringComparison.Ordinal) && v.EndsWith('}'));
    }
}

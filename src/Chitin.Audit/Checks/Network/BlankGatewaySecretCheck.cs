using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Network;

internal sealed class BlankGatewaySecretCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-015",
        Title = "Gateway token or password is blank, \"undefined\" or \"null\"",
        Layer = Layer.Network,
        DefaultSeverity = Severity.Medium,
        Description = "The credential of the active auth mode is empty or the literal string undefined/null (a template or shell-expansion accident). OpenClaw 2026.9 refuses to start with it; older releases accepted it, and the usual workaround is to switch auth off.",
        Remediation = "Generate a real secret (openssl rand -hex 32, or openclaw doctor --fix --generate-gateway-token), store it as a SecretRef, and restart the gateway.",
        OpenClawCheckIds = ["gateway.token_placeholder_value", "gateway.password_placeholder_value"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var mode = GatewayPosture.Of(install).AuthMode;
        if (GatewayCredential.ForMode(install, mode) is not { } cred || !SecretStrength.IsBlankMarker(cred.Value))
        {
            yield break;
        }

        var shown = cred.Value!.Trim().Length == 0 ? "empty" : $"the literal \"{cred.Value.Trim()}\"";
        yield return Info.Find(
            $"The selected gateway {cred.Kind} ({cred.Source}) is {shown}; it is a known non-secret value.",
            cred.EvidenceIn(install),
            openClawCheckId: $"gateway.{cred.Kind}_placeholder_value");
    }
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Network;

internal sealed class ShortGatewaySecretCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-016",
        Title = "Gateway token or password shorter than 24 characters",
        Layer = Layer.Network,
        DefaultSeverity = Severity.Medium,
        Description = "The credential of the active auth mode is shorter than 24 characters, short enough to guess or brute-force over time, and often a human-chosen value.",
        Remediation = "Use a long random secret (openssl rand -hex 32) stored as a SecretRef.",
        OpenClawCheckIds = ["gateway.token_too_short", "gateway.password_too_short"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var mode = GatewayPosture.Of(install).AuthMode;
        if (GatewayCredential.ForMode(install, mode) is not { Value: { } v } cred || SecretStrength.IsBlankMarker(v) || v.Trim().Length >= 24)
        {
            yield break;
        }

        yield return Info.Find(
            $"The gateway {cred.Kind} ({cred.Source}) is {v.Trim().Length} characters; prefer a long random {cred.Kind}.",
            cred.EvidenceIn(install),
            openClawCheckId: $"gateway.{cred.Kind}_too_short");
    }
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Network;

internal sealed class LowEntropyGatewaySecretCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-029",
        Title = "Gateway secret is long but guessable",
        Layer = Layer.Network,
        DefaultSeverity = Severity.Medium,
        Description = "The active gateway token or password passes the 24-character length check but has little entropy: few distinct characters, a repeated unit, a keyboard/alphabet run, or under 64 bits by a Shannon estimate. Length alone does not make it random.",
        Remediation = "Replace it with a random secret (openssl rand -hex 32) stored as a SecretRef.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var g = GatewayPosture.Of(install);
        if (GatewayCredential.ForMode(install, g.AuthMode) is not { Value: { } value } cred
            || SecretStrength.PlaceholderReason(value) is not null
            || SecretStrength.WeaknessReason(value) is not { } reason)
        {
            yield break;
        }

        yield return Info.Find(
            $"The gateway {cred.Kind} ({cred.Source}, {value.Trim().Length} chars) has {reason}.",
            cred.EvidenceIn(install),
            g.ExposedPerOpenClaw ? Severity.High : Severity.Medium);
    }
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Network;

internal sealed class PublishedPlaceholderSecretCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-028",
        Title = "Gateway secret is a published placeholder",
        Layer = Layer.Network,
        DefaultSeverity = Severity.High,
        Description = "The active gateway token or password is a value copied from docs or templates (change-me-to-a-long-random-token, replace-with-long-random-token, YOUR_GATEWAY_PASSWORD, <token>, xxx…). Anyone who has read the same page knows it. OpenClaw's audit only flags blank/undefined/null; the gateway refuses just three of these values at startup.",
        Remediation = "Generate a real secret (openssl rand -hex 32 or openclaw doctor --fix --generate-gateway-token), store it as a SecretRef, restart the gateway and re-pair clients.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var g = GatewayPosture.Of(install);
        if (GatewayCredential.ForMode(install, g.AuthMode) is not { Value: { } value } cred || SecretStrength.PlaceholderReason(value) is not { } reason)
        {
            yield break;
        }

        var refusedAtStartup = cred.Kind == "token"
            ? value.Trim() is "change-me-to-a-long-random-token" or "change-me-now"
            : value.Trim() == "change-me-to-a-strong-password";
        var exposed = g.ExposedPerOpenClaw;
        yield return Info.Find(
            $"The gateway {cred.Kind} ({cred.Source}) is {reason}"
                + (refusedAtStartup ? "; OpenClaw 2026.9+ refuses to start with it, earlier releases accept it" : "; OpenClaw accepts it at startup")
                + (exposed ? $", and the gateway is reachable beyond loopback (bind \"{g.Bind}\", tailscale \"{g.TailscaleMode}\")." : "."),
            cred.EvidenceIn(install),
            exposed ? Severity.Critical : Severity.High);
    }
}

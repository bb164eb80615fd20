using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Network;

internal sealed class AuthRateLimitCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-017",
        Title = "Network-facing gateway relies on the default auth rate limit",
        Layer = Layer.Network,
        DefaultSeverity = Severity.Low,
        Description = "The gateway binds beyond loopback and gateway.auth.rateLimit is not set. OpenClaw always runs its limiter with defaults (10 failures per 60 s window, 5 min lockout, loopback exempt), so brute force is slowed, not unlimited; this records that the limits are implicit.",
        Remediation = "Set gateway.auth.rateLimit explicitly, e.g. { maxAttempts: 10, windowMs: 60000, lockoutMs: 300000 }, so the limits are visible and reviewed.",
        OpenClawCheckIds = ["gateway.auth_no_rate_limit"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var g = GatewayPosture.Of(install);
        if (g.BindIsLoopbackSetting || g.AuthMode == "trusted-proxy" || install.Config.Get("gateway.auth.rateLimit") is not (null or J5Null or J5Bool { Value: false }))
        {
            yield break;
        }

        yield return Info.Find(
            $"gateway.bind is \"{g.Bind}\" and gateway.auth.rateLimit is not configured; the effective limiter is the built-in default: 10 failed attempts per 60,000 ms window, 300,000 ms lockout, loopback clients exempt.",
            ConfigEvidence.AtFirst(install, null, "gateway.auth.rateLimit", "gateway.auth", "gateway"));
    }
}

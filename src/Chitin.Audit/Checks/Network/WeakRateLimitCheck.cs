using System.Globalization;
using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Network;

internal sealed class WeakRateLimitCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-037",
        Title = "Auth rate limit weakened or bypassed",
        Layer = Layer.Network,
        DefaultSeverity = Severity.Medium,
        Description = "The gateway's failed-auth limiter (default 10 failures / 60 s, 5 min lockout, loopback exempt) is weakened by explicit settings (over 100 attempts, over 100 attempts a minute, lockout under a minute), or can be sidestepped: a loopback gateway published through a same-host proxy that is not in gateway.trustedProxies keeps exemptLoopback on, so anything the proxy relays without forwarding headers (TCP/stream proxies, tunnels) counts as a local client and is never locked out.",
        Remediation = "Keep maxAttempts ≤ 20 and lockoutMs ≥ 60000; behind a same-host proxy list it in gateway.trustedProxies (e.g. [\"127.0.0.1\"]) and have it send X-Forwarded-For, or set gateway.auth.rateLimit.exemptLoopback false.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var c = install.Config;
        var rl = c.GetObject("gateway.auth.rateLimit");
        var max = (rl?["maxAttempts"] as J5Number)?.Value ?? 10;
        var window = (rl?["windowMs"] as J5Number)?.Value ?? 60000;
        var lockout = (rl?["lockoutMs"] as J5Number)?.Value ?? 300000;
        if (rl?["maxAttempts"] is J5Number maxNode && max > 100)
        {
            yield return Info.Find($"gateway.auth.rateLimit.maxAttempts is {Num(max)}; more than 100 guesses pass before lockout.", Evidence.At(maxNode, Num(max)));
        }
        else if (rl?["windowMs"] is J5Number windowNode && window > 0 && max * 60000 / window > 100)
        {
            yield return Info.Find($"gateway.auth.rateLimit allows {Num(max)} attempts per {Num(window)} ms window, about {Num(Math.Round(max * 60000 / window))} guesses a minute.", Evidence.At(windowNode, Num(window)));
        }

        if (rl?["lockoutMs"] is J5Number lockNode && lockout < 60000)
        {
            yield return Info.Find($"gateway.auth.rateLimit.lockoutMs is {Num(lockout)}; a lockout under a minute barely slows guessing.", Evidence.At(lockNode, Num(lockout)));
        }

        var g = GatewayPosture.Of(install);
        var exempt = (rl?["exemptLoopback"] as J5Bool)?.Value ?? true;
        var proxies = ConfigView.GetStrings(c.Get("gateway.trustedProxies"));
        var publicOrigin = ConfigView.GetStrings(c.Get("gateway.controlUi.allowedOrigins"))
            .Select(o => o.Trim())
            .FirstOrDefault(o => Uri.TryCreate(o, UriKind.Absolute, out var u) && !BrowserPosture.IsLoopbackHost(u.Host));

        // OpenClaw 2026.9 attributes Tailscale Serve/Funnel traffic to the real client and rejects header-bearing
        // requests from unlisted proxies, so only header-less relays (stream proxies, tunnels) reach the exemption.
        if (exempt && g.BindIsLoopbackSetting && proxies.Count == 0 && g.AuthMode != "trusted-proxy" && g.TailscaleMode == "off" && publicOrigin is not null)
        {
            yield return Info.Find(
                $"The gateway binds to loopback but the Control UI is published as {publicOrigin} through a proxy that is not in gateway.trustedProxies, and exemptLoopback is {(rl?["exemptLoopback"] is J5Bool ? "true" : "unset (default true)")}: connections it relays without X-Forwarded-For are treated as local and never rate-limited.",
                ConfigEvidence.AtFirst(install, null, "gateway.auth.rateLimit.exemptLoopback", "gateway.controlUi.allowedOrigins"),
                Severity.Low,
                title: "Auth rate limit may not apply to proxied clients");
        }
    }

    private static string Num(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Network;

internal sealed class BrowserControlNoAuthCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-024",
        Title = "Browser control routes without gateway auth",
        Layer = Layer.Network,
        DefaultSeverity = Severity.High,
        Description = "The browser plugin is enabled (the default) and no gateway token or password is configured, so any local process, or an SSRF to loopback, can drive the agent's browser with its logged-in sessions.",
        Remediation = "Set gateway.auth.token (recommended, as a SecretRef) or gateway.auth.password, or disable browser control with browser.enabled false.",
        OpenClawCheckIds = ["browser.control_no_auth"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var b = BrowserPosture.Of(install);
        if (!b.Enabled || b.ConfigError is not null)
        {
            yield break;
        }

        var c = install.Config;
        var mode = c.GetString("gateway.auth.mode");
        var tokenConfigured = GatewayCredential.FromEnvironment(install, "OPENCLAW_GATEWAY_TOKEN") is not null || Configured(install, "gateway.auth.token");
        var passwordCanWin = mode == "password" || (mode is not ("token" or "none" or "trusted-proxy") && !tokenConfigured);
        var passwordConfigured = passwordCanWin && (GatewayCredential.FromEnvironment(install, "OPENCLAW_GATEWAY_PASSWORD") is not null || Configured(install, "gateway.auth.password"));
        if (tokenConfigured || passwordConfigured)
        {
            yield break;
        }

        var exposed = GatewayPosture.Of(install).ExposedPerOpenClaw;
        yield return Info.Find(
            "Browser control HTTP routes are enabled (browser.enabled is not false) but no gateway token or password is configured"
                + (exposed ? ", and the gateway is reachable beyond loopback." : "; any local process or SSRF to loopback can call them."),
            ConfigEvidence.AtFirst(install, null, "browser.enabled", "gateway.auth", "gateway"),
            exposed ? Severity.Critical : Severity.High);
    }

    private static bool Configured(OpenClawInstall install, string path) =>
        install.Config.Get(path) is { } node && (SecretValue.From(node, install) is var v && (!v.IsLiteral || (v.Value?.Trim().Length ?? 0) > 0));
}

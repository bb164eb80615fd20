using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Network;

/// <summary>
/// Chitin's stand-in for OpenClaw's <c>--deep</c> WebSocket probe: instead of connecting, it reads the listening
/// sockets the loader collected and asks whether <c>ws://127.0.0.1:&lt;port&gt;</c> could be answered at all.
/// </summary>
internal sealed class GatewayNotListeningCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-022",
        Title = "Nothing listens on the gateway port on loopback",
        Layer = Layer.Network,
        DefaultSeverity = Severity.Low,
        Description = "The listening sockets of this host show no TCP listener on the configured gateway port that loopback clients can reach, so the probe that OpenClaw's --deep audit makes to ws://127.0.0.1:<port> would fail: the gateway is down, runs elsewhere, or listens on another port than the config says.",
        Remediation = "Start the gateway (openclaw gateway / the service), or correct gateway.port / OPENCLAW_GATEWAY_PORT so the audited config is the one that runs; then re-run the audit.",
        OpenClawCheckIds = ["gateway.probe_failed"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.Listeners is not { } listeners || install.GatewayContainer is not null || install.Config.GetString("gateway.mode") == "remote")
        {
            yield break;
        }

        var port = GatewayPosture.Of(install).Port;
        if (listeners.Any(l => l.Port == port && (l.IsLoopback || l.IsAllInterfaces)))
        {
            yield break;
        }

        var onPort = listeners.Where(l => l.Port == port).Select(l => l.Endpoint).ToList();
        yield return Info.Find(
            onPort.Count == 0
                ? $"No TCP listener on port {port} (the configured gateway port); a probe of ws://127.0.0.1:{port} would fail."
                : $"Port {port} only listens on {string.Join(", ", onPort)}; a probe of ws://127.0.0.1:{port} would fail.",
            ConfigEvidence.AtFirst(install, port.ToString(System.Globalization.CultureInfo.InvariantCulture), "gateway.port", "gateway"));
    }
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Network;

internal sealed class TlsOffOnNetworkBindCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-036",
        Title = "Network bind without TLS or a TLS-terminating proxy",
        Layer = Layer.Network,
        DefaultSeverity = Severity.Medium,
        Description = "The gateway listens on a LAN or custom address with gateway.tls off and no trusted proxy declared, so the gateway credential, chats and tool output travel in cleartext to anyone on the path. Tailnet binds are excluded (WireGuard encrypts them).",
        Remediation = "Enable gateway.tls (autoGenerate or your certificate), put a TLS reverse proxy in front and list it in gateway.trustedProxies, or bind to loopback/tailnet.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var g = GatewayPosture.Of(install);
        var c = install.Config;
        if (g.IsLoopback || g.Bind == "tailnet" || c.GetBool("gateway.tls.enabled") == true
            || c.GetArray("gateway.trustedProxies") is { Count: > 0 } || g.TailscaleMode != "off")
        {
            yield break;
        }

        yield return Info.Find(
            $"gateway.bind is \"{g.Bind}\", gateway.tls.enabled is not true and gateway.trustedProxies is empty: clients talk to the gateway over plain ws:// and http://.",
            ConfigEvidence.AtFirst(install, null, "gateway.tls.enabled", "gateway.tls", "gateway.bind"));
    }
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Network;

internal sealed class ListenerExposureCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-031",
        Title = "Gateway port listening differs from gateway.bind",
        Layer = Layer.Network,
        DefaultSeverity = Severity.High,
        Description = "The sockets actually listening on the gateway port disagree with the config: a loopback config with a listener on all interfaces or a non-loopback address means the running gateway was started with other flags or another config, and is reachable from the network; a network bind with loopback-only listeners means config-based exposure findings overstate.",
        Remediation = "Find the process on the port (ss -ltnp), stop or restart it with the audited config, and keep gateway.bind \"loopback\" unless a firewall and auth protect the port.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.Listeners is not { } listeners || install.GatewayContainer is not null)
        {
            yield break;
        }

        var g = GatewayPosture.Of(install);
        var onPort = listeners.Where(l => l.Port == g.Port).ToList();
        if (onPort.Count == 0)
        {
            yield break;
        }

        var external = onPort.Where(l => !l.IsLoopback).ToList();
        var evidence = ConfigEvidence.AtFirst(install, null, "gateway.bind", "gateway");
        if (g.IsLoopback && external.Count > 0)
        {
            yield return Info.Find(
                $"gateway.bind is \"{g.Bind}\" but port {g.Port} is listening on {string.Join(", ", external.Select(l => l.Endpoint))}; the running gateway is reachable from the network"
                    + (g.HasAuth ? "." : " and the audited config has no credential."),
                evidence with { Value = string.Join(", ", external.Select(l => l.Endpoint)) },
                g.HasAuth ? Severity.High : Severity.Critical,
                title: "Gateway listens beyond loopback although gateway.bind is loopback");
        }
        else if (!g.IsLoopback && g.Bind != "tailnet" && external.Count == 0)
        {
            yield return Info.Find(
                $"gateway.bind is \"{g.Bind}\" but port {g.Port} only listens on {string.Join(", ", onPort.Select(l => l.Endpoint))}; the running gateway is loopback-only.",
                evidence with { Value = string.Join(", ", onPort.Select(l => l.Endpoint)) },
                Severity.Info,
                title: "Gateway listens on loopback only although gateway.bind is a network bind");
        }
    }
}

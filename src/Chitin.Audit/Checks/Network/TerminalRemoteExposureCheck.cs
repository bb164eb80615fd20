using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Network;

internal sealed class TerminalRemoteExposureCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-033",
        Title = "Operator terminal enabled on a network-reachable gateway",
        Layer = Layer.Network,
        DefaultSeverity = Severity.High,
        Description = "gateway.terminal.enabled defaults to true: any admin-scoped client gets a PTY shell on the gateway host with the gateway's environment (its API keys). On a gateway reachable beyond loopback, one stolen token or paired device is a host shell. OpenClaw's audit does not look at it.",
        Remediation = "Set gateway.terminal.enabled false unless you use the web terminal, or keep the gateway on loopback and reach it through an SSH tunnel.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var g = GatewayPosture.Of(install);
        if (install.Config.GetBool("gateway.terminal.enabled") == false || !(g.ExposedPerOpenClaw || !g.IsLoopback))
        {
            yield break;
        }

        var explicitOn = install.Config.GetBool("gateway.terminal.enabled") == true;
        var authed = g.HasAuth || (g.AllowTailscale && g.TailscaleMode == "serve");
        yield return Info.Find(
            $"gateway.terminal.enabled is {(explicitOn ? "true" : "unset (default true)")} while the gateway is reachable beyond loopback (bind \"{g.Bind}\", tailscale \"{g.TailscaleMode}\")"
                + (authed ? "." : " without a credential."),
            ConfigEvidence.AtFirst(install, explicitOn ? "true" : "default true", "gateway.terminal.enabled", "gateway.terminal", "gateway.bind", "gateway"),
            authed ? Severity.High : Severity.Critical);
    }
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Network;

internal sealed class MdnsFullModeCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-021",
        Title = "mDNS full mode advertises host details",
        Layer = Layer.Network,
        DefaultSeverity = Severity.Medium,
        Description = "discovery.mdns.mode \"full\" publishes the CLI path and SSH port in local-network TXT records, revealing user names, filesystem layout and management ports to everyone on the LAN.",
        Remediation = "Set discovery.mdns.mode to \"minimal\" (default) or \"off\", especially when the gateway binds beyond loopback.",
        OpenClawCheckIds = ["discovery.mdns_full_mode"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.Config.GetString("discovery.mdns.mode") != "full")
        {
            yield break;
        }

        var g = GatewayPosture.Of(install);
        var exposed = !g.BindIsLoopbackSetting;
        yield return Info.Find(
            "discovery.mdns.mode=\"full\" publishes cliPath/sshPort in TXT records" + (exposed ? $" while gateway.bind is \"{g.Bind}\"." : "."),
            ConfigEvidence.At(install, "discovery.mdns.mode", "full"),
            exposed ? Severity.High : Severity.Medium);
    }
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Container;

internal sealed class SandboxNetworkEnabledCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-029",
        Title = "Sandbox has network access",
        Layer = Layer.Container,
        DefaultSeverity = Severity.Medium,
        Description = "The sandbox network defaults to \"none\". A bridge or custom network lets sandboxed commands download tools, reach LAN services and cloud metadata, and send workspace data anywhere. Latent (low) while sandbox mode is off. Host and container: namespaces are CHI-CTR-003.",
        Remediation = "Keep docker.network \"none\"; if some agents need egress, give them a dedicated network with an egress proxy allowlist.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var s in SandboxSetting.Collect(install, p => p.Docker("network")))
        {
            if (s.Node is not J5String net)
            {
                continue;
            }

            var n = net.Value.Trim().ToLowerInvariant();
            if (n is "" or "none" or "host" || n.StartsWith("container:", StringComparison.Ordinal))
            {
                continue;
            }

            yield return Info.Find(
                $"{s.Node.Path} is \"{net.Value}\": sandboxed commands have network access (used by {s.Contexts}){SandboxCapDropCheck.Latent(s)}.",
                Evidence.At(net, net.Value),
                s.InEffect ? Severity.Medium : Severity.Low);
        }
    }
}

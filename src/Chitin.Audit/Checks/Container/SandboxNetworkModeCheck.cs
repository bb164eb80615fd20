using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Container;

internal sealed class SandboxNetworkModeCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-003",
        Title = "Sandbox joins the host or another container's network namespace",
        Layer = Layer.Container,
        DefaultSeverity = Severity.Critical,
        Description = "docker.network \"host\" (refused by OpenClaw's schema, still reported here) or \"container:<id>\" puts the sandbox in a namespace with the host's or another container's interfaces and loopback services, bypassing sandbox network isolation.",
        Remediation = "Set the sandbox docker.network to \"none\" (default), \"bridge\" or a dedicated bridge network, and drop dangerouslyAllowContainerNamespaceJoin.",
        OpenClawCheckIds = ["sandbox.dangerous_network_mode"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var (source, docker) in SandboxPosture.DockerBlocks(install))
        {
            if (docker["network"] is not J5String net)
            {
                continue;
            }

            var n = net.Value.Trim().ToLowerInvariant();
            if (n == "host")
            {
                yield return Info.Find($"{source}.network is \"host\", which bypasses container network isolation entirely.", Evidence.At(net, net.Value));
            }
            else if (n.StartsWith("container:", StringComparison.Ordinal))
            {
                yield return Info.Find($"{source}.network is \"{net.Value}\", which joins another container's namespace.", Evidence.At(net, net.Value));
            }
        }
    }
}

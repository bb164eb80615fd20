using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Container;

internal sealed class ContainerCapAddCheck : IAuditCheck
{
    /// <summary>Capabilities that amount to (or quickly lead to) host control from inside a container.</summary>
    private static readonly HashSet<string> Dangerous = new(StringComparer.Ordinal)
    {
        "ALL", "SYS_ADMIN", "NET_ADMIN", "SYS_PTRACE", "SYS_MODULE", "SYS_RAWIO", "DAC_READ_SEARCH", "DAC_OVERRIDE", "SYS_BOOT", "MAC_ADMIN", "MAC_OVERRIDE", "BPF", "PERFMON", "SYS_TIME", "SETFCAP",
    };

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-009",
        Title = "Gateway container adds capabilities",
        Layer = Layer.Container,
        DefaultSeverity = Severity.Medium,
        Description = "Each added capability is power the agent's exec inherits. SYS_ADMIN, NET_ADMIN, SYS_PTRACE, SYS_MODULE, DAC_READ_SEARCH and ALL are well-known container escape or host-network primitives.",
        Remediation = "Remove cap_add entries the gateway does not need (it needs none to serve HTTP/WebSocket); pair with cap_drop: [ALL].",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.GatewayContainer is not { } c)
        {
            yield break;
        }

        foreach (var raw in c.CapAdd)
        {
            var cap = raw.Trim().ToUpperInvariant();
            if (cap.StartsWith("CAP_", StringComparison.Ordinal))
            {
                cap = cap[4..];
            }

            if (cap.Length == 0)
            {
                continue;
            }

            var dangerous = Dangerous.Contains(cap);
            yield return Info.Find(
                $"Container {c.Name} adds capability {cap}{(dangerous ? ", a known escape or host-control primitive" : "")}.",
                Evidence.ForContainer(c.Name, "HostConfig.CapAdd", cap),
                dangerous ? Severity.High : Severity.Medium);
        }
    }
}

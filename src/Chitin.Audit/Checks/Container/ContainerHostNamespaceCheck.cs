using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Container;

internal sealed class ContainerHostNamespaceCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-016",
        Title = "Gateway container shares a host namespace",
        Layer = Layer.Container,
        DefaultSeverity = Severity.High,
        Description = "network=host puts the gateway (and its exec) on the host's interfaces and loopback services; pid=host lets it see and signal host processes and read their environments; ipc=host shares host shared memory; uts=host lets it change the hostname.",
        Remediation = "Remove network_mode/pid/ipc/uts \"host\"; publish only the gateway port, bound to 127.0.0.1 behind a proxy.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.GatewayContainer is not { } c)
        {
            yield break;
        }

        var modes = new (string Field, string Value, string Effect, Severity Severity)[]
        {
            ("HostConfig.NetworkMode", c.NetworkMode, "the host's network stack and loopback services", Severity.High),
            ("HostConfig.PidMode", c.PidMode, "the host's process table", Severity.High),
            ("HostConfig.IpcMode", c.IpcMode, "the host's IPC namespace and shared memory", Severity.Medium),
            ("HostConfig.UTSMode", c.UtsMode, "the host's hostname namespace", Severity.Low),
        };
        foreach (var (field, value, effect, severity) in modes)
        {
            if (value.Trim().Equals("host", StringComparison.OrdinalIgnoreCase))
            {
                yield return Info.Find($"Container {c.Name} uses {effect} ({field} = host).", Evidence.ForContainer(c.Name, field, "host"), severity);
            }
        }
    }
}

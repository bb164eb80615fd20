using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Container;

internal sealed class ContainerSensitiveMountCheck : IAuditCheck
{
    /// <summary>Host paths whose whole subtree is sensitive.</summary>
    private static readonly string[] SensitiveTrees = ["/etc", "/proc", "/sys", "/dev", "/boot", "/var/lib/docker", "/var/lib/containerd", "/var/lib/kubelet"];

    /// <summary>Credential folders or files in a home directory.</summary>
    private static readonly string[] HomeSecrets = [".ssh", ".aws", ".gnupg", ".kube", ".docker", ".azure", ".netrc", ".git-credentials", ".config/gcloud", ".config/gh"];

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-017",
        Title = "Sensitive host path is mounted into the gateway container",
        Layer = Layer.Container,
        DefaultSeverity = Severity.High,
        Description = "Mounting / , /etc, /proc, /sys, /dev, /boot, /var/lib/docker, a whole home directory or a credential folder (~/.ssh, ~/.aws, ...) gives the agent's tools the host's secrets and configuration. Mounting the OpenClaw state dir itself is expected and not reported.",
        Remediation = "Mount only the state dir (and a project directory if needed), read-only where possible.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.GatewayContainer is not { } c)
        {
            yield break;
        }

        foreach (var m in c.Mounts)
        {
            if (m.Type is "volume" or "tmpfs" or "npipe" || m.Source.Length == 0 || ContainerDockerSocketCheck.IsSocket(m.Source) || ContainerDockerSocketCheck.IsSocket(m.Destination))
            {
                continue;
            }

            var src = HostPath.Normalize(m.Source);
            if (HostPath.IsInside(install.StateDir, src) && src != "/")
            {
                continue;
            }

            var why = Why(src, install.HomeDir);
            if (why is null)
            {
                continue;
            }

            var severity = src == "/" ? Severity.Critical : m.ReadWrite ? Severity.High : Severity.Medium;
            yield return Info.Find(
                $"Container {c.Name} mounts {src} ({why}) at {m.Destination} {(m.ReadWrite ? "read-write" : "read-only")}.",
                Evidence.ForContainer(c.Name, "Mounts", $"{src}:{m.Destination}{(m.ReadWrite ? "" : ":ro")}"),
                severity);
        }
    }

    private static string? Why(string src, string home)
    {
        if (src == "/")
        {
            return "the host's root filesystem";
        }

        if (SensitiveTrees.Any(t => HostPath.IsInside(t, src)))
        {
            return "a host system directory";
        }

        var h = HostPath.Normalize(home);
        if (src is "/root" or "/home" or "/Users" || (src == h && h != "/") || IsUserHome(src))
        {
            return "a whole home directory";
        }

        foreach (var root in new[] { h, "/root" }.Concat(HomeRootsOf(src)))
        {
            if (root != "/" && HomeSecrets.Any(s => HostPath.IsInside(root + "/" + s, src)))
            {
                return "a credential directory";
            }
        }

        return null;
    }

    private static bool IsUserHome(string p) =>
        (p.StartsWith("/home/", StringComparison.Ordinal) && p.Count(ch => ch == '/') == 2) || (p.StartsWith("/Users/", StringComparison.Ordinal) && p.Count(ch => ch == '/') == 2);

    private static IEnumerable<string> HomeRootsOf(string p)
    {
        var parts = p.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 2 && parts[0] is "home" or "Users")
        {
            yield return "/" + parts[0] + "/" + parts[1];
        }
    }
}

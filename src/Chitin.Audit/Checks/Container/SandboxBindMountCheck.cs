using System.Text.RegularExpressions;
using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Container;

internal sealed partial class SandboxBindMountCheck : IAuditCheck
{
    /// <summary>OpenClaw's <c>BLOCKED_HOST_PATHS</c>, in its order.</summary>
    public static readonly IReadOnlyList<string> BlockedHostPaths =
    [
        "/etc", "/private/etc", "/proc", "/sys", "/dev", "/root", "/boot", "/run", "/var/run", "/private/var/run",
        "/var/run/docker.sock", "/private/var/run/docker.sock", "/run/docker.sock",
    ];

    /// <summary>Credential directories under the auditing HOME that OpenClaw also blocks.</summary>
    public static readonly IReadOnlyList<string> BlockedHomeSubpaths = [".aws", ".cargo", ".config", ".docker", ".gnupg", ".netrc", ".npm", ".ssh"];

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-002",
        Title = "Dangerous or non-absolute sandbox bind mount",
        Layer = Layer.Container,
        DefaultSeverity = Severity.Critical,
        Description = "A sandbox bind that covers or targets /etc, /proc, /sys, /dev, /root, /boot, /run, /var/run (the Docker socket) or the home directory's credential folders hands the sandboxed agent the host; a relative source cannot be validated at all.",
        Remediation = "Remove the bind from agents.*.sandbox.docker.binds and mount a project-specific absolute path instead (e.g. /home/user/project:/project:ro).",
        OpenClawCheckIds = ["sandbox.dangerous_bind_mount", "sandbox.bind_mount_non_absolute"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var blocked = Blocked(install.HomeDir);
        foreach (var (source, docker) in SandboxPosture.DockerBlocks(install))
        {
            foreach (var bind in (docker["binds"] as J5Array)?.Items.OfType<J5String>() ?? [])
            {
                var spec = bind.Value;
                var src = SourceOf(spec);
                if (!src.StartsWith('/') && !DriveAbsolute().IsMatch(src))
                {
                    yield return Info.Find(
                        $"{source}.binds contains \"{spec}\" whose source \"{src}\" is not an absolute path.",
                        Evidence.At(bind, spec),
                        Severity.Medium,
                        "sandbox.bind_mount_non_absolute",
                        title: "Sandbox bind mount uses a non-absolute source path");
                    continue;
                }

                if (Reason(HostPath.Normalize(src.Replace('\\', '/')), blocked) is { } r)
                {
                    yield return Info.Find(
                        $"{source}.binds contains \"{spec}\" which {r.Verb} blocked path \"{r.Path}\".",
                        Evidence.At(bind, spec),
                        openClawCheckId: "sandbox.dangerous_bind_mount");
                }
            }
        }
    }

    /// <summary>Host side of <c>src:dst[:mode]</c> (a Windows drive prefix is kept).</summary>
    internal static string SourceOf(string spec)
    {
        var start = DriveAbsolute().IsMatch(spec) ? 2 : 0;
        var i = spec.IndexOf(':', start);
        return i < 0 ? spec : spec[..i];
    }

    internal static List<string> Blocked(string home)
    {
        var list = BlockedHostPaths.Select(HostPath.Normalize).ToList();
        var h = HostPath.Normalize(home);
        if (h != "/")
        {
            list.AddRange(BlockedHomeSubpaths.Select(s => HostPath.Normalize(h + "/" + s)));
        }

        return [.. list.Distinct(StringComparer.Ordinal)];
    }

    internal static (string Verb, string Path)? Reason(string source, IReadOnlyList<string> blocked)
    {
        if (source == "/")
        {
            return ("covers", "/");
        }

        foreach (var b in blocked)
        {
            if (HostPath.IsInside(b, source))
            {
                return ("targets", b);
            }

            if (HostPath.IsInside(source, b))
            {
                return ("covers", b);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^[A-Za-z]:[\\/]", RegexOptions.CultureInvariant)]
    private static partial Regex DriveAbsolute();
}

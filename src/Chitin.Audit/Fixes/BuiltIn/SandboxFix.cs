using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Fixes.BuiltIn;

/// <summary>
/// Runs every session except your own main one in a locked-down container: <c>agents.defaults.sandbox.mode</c>
/// <c>non-main</c> (where it was off or unset, also on agents that switch it off), docker <c>network: "none"</c>
/// and <c>readOnlyRoot: true</c>; in every docker block capDrop back to ALL, root users replaced by 1000:1000,
/// dangerous binds (docker.sock, /etc, /proc, /root, ~/.ssh...) and namespace/bind escape hatches removed.
/// </summary>
internal sealed class SandboxFix : IFix
{
    private static readonly string[] BlockedSources = ["/etc", "/private/etc", "/proc", "/sys", "/dev", "/root", "/boot", "/run", "/var/run", "/var/lib/docker"];

    private static readonly string[] BlockedHomeDirs = [".aws", ".cargo", ".config", ".docker", ".gnupg", ".netrc", ".npm", ".ssh", ".kube"];

    private static readonly string[] EscapeHatches = ["dangerouslyAllowContainerNamespaceJoin", "dangerouslyAllowExternalBindSources", "dangerouslyAllowReservedContainerTargets"];

    public string Id => "FIX-SANDBOX";

    public string Title => "Sandbox non-main sessions without network, read-only";

    public IReadOnlyList<string> CheckIds { get; } =
    [
        "CHI-EXE-002",
        "sandbox.dangerous_bind_mount", "sandbox.dangerous_network_mode", "sandbox.docker_config_mode_off", "sandbox.dangerous_seccomp_profile",
        "sandbox.dangerous_apparmor_profile", "sandbox.bind_mount_non_absolute", "config.insecure_or_dangerous_flags",
        "security.exposure.open_groups_with_runtime_or_fs", "tools.exec.host_sandbox_no_sandbox_defaults", "tools.exec.host_sandbox_no_sandbox_agents",
    ];

    public IEnumerable<FixChange> Plan(OpenClawInstall install, FixContext context)
    {
        var c = install.Config;
        var defaults = ConfigPath.Parse("agents.defaults.sandbox");
        var mode = c.GetString("agents.defaults.sandbox.mode");
        if (mode is null or "off")
        {
            yield return new ConfigSet(defaults.Append("mode"), ConfigValue.Str("non-main"))
            {
                Reason = "group and other non-main sessions run tools in a container instead of on this host",
            };
        }

        if (c.GetString("agents.defaults.sandbox.docker.network") != "none")
        {
            yield return new ConfigSet(defaults.Then("docker.network"), ConfigValue.Str("none")) { Reason = "sandboxed tools get no network: nothing to exfiltrate to, nothing to attack" };
        }

        if (c.GetBool("agents.defaults.sandbox.docker.readOnlyRoot") != true)
        {
            yield return new ConfigSet(defaults.Then("docker.readOnlyRoot"), ConfigValue.Bool(true)) { Reason = "the container's root filesystem cannot be changed (scratch space stays on tmpfs)" };
        }

        foreach (var agent in install.Agents.Where(a => a.Entry is not null))
        {
            if (ConfigView.Get(agent.Entry, "sandbox.mode") is J5String { Value: "off" })
            {
                yield return new ConfigSet(ConfigPath.Of(agent.Entry!).Then("sandbox.mode"), ConfigValue.Str("non-main"))
                {
                    Reason = $"agent {agent.Id} switched sandboxing off for all of its sessions",
                };
            }
        }

        foreach (var (_, docker) in SandboxPosture.DockerBlocks(install))
        {
            foreach (var change in Docker(docker, ConfigPath.Of(docker), install.HomeDir))
            {
                yield return change;
            }
        }
    }

    private static IEnumerable<FixChange> Docker(J5Object docker, ConfigPath at, string home)
    {
        if (docker["network"] is J5String net && net.Value != "none")
        {
            yield return new ConfigSet(at.Append("network"), ConfigValue.Str("none"))
            {
                Reason = $"network \"{net.Value}\" gives sandboxed tools a way out (host or another container's namespace)",
            };
        }

        foreach (var key in EscapeHatches)
        {
            if (docker[key] is J5Bool { Value: true })
            {
                yield return new ConfigRemove(at.Append(key)) { Reason = "an escape hatch from the sandbox's own safety checks" };
            }
        }

        if (docker["readOnlyRoot"] is J5Bool { Value: false })
        {
            yield return new ConfigSet(at.Append("readOnlyRoot"), ConfigValue.Bool(true)) { Reason = "a writable root lets a tool persist changes inside the container" };
        }

        if (docker["capDrop"] is J5Array caps && !caps.Items.Any(i => i is J5String { Value: "ALL" or "all" }))
        {
            yield return new ConfigSet(at.Append("capDrop"), ConfigValue.Array(ConfigValue.Str("ALL"))) { Reason = "keep no Linux capabilities in the sandbox (OpenClaw's default, overridden here)" };
        }

        if (docker["user"] is J5String user && IsRoot(user.Value))
        {
            yield return new ConfigSet(at.Append("user"), ConfigValue.Str("1000:1000")) { Reason = "tools should not run as root inside the container" };
        }

        foreach (var key in new[] { "seccompProfile", "apparmorProfile" })
        {
            if (docker[key] is J5String p && p.Value.Trim().Equals("unconfined", StringComparison.OrdinalIgnoreCase))
            {
                yield return new ConfigRemove(at.Append(key)) { Reason = "unconfined drops the kernel syscall filter; the runtime default applies instead" };
            }
        }

        if (docker["binds"] is J5Array binds)
        {
            var kept = binds.Items.Where(b => b is not J5String s || !IsDangerousBind(s.Value, home)).ToList();
            if (kept.Count != binds.Count)
            {
                yield return new ConfigSet(at.Append("binds"), new J5Array(kept.Select(ConfigValue.Copy)))
                {
                    Reason = "binds of docker.sock, system or credential directories hand the host to whatever runs in the sandbox",
                };
            }
        }
    }

    private static bool IsRoot(string user)
    {
        var u = user.Trim().Split(':')[0];
        return u is "0" or "root";
    }

    internal static bool IsDangerousBind(string spec, string home)
    {
        var source = spec.Split(':')[0].Trim();
        if (!source.StartsWith('/'))
        {
            return true;
        }

        var src = HostPath.Normalize(source);
        if (src == "/" || src.EndsWith("/docker.sock", StringComparison.Ordinal))
        {
            return true;
        }

        var blocked = BlockedSources.Concat(BlockedHomeDirs.Select(d => HostPath.Normalize(home + "/" + d)));
        return blocked.Any(b => HostPath.IsInside(b, src) || HostPath.IsInside(src, b));
    }
}

using Chitin.Audit.Fixes;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;
using static Chitin.Audit.Fixes.ConfigValue;

namespace Chitin.Audit.Profiles;

/// <summary>
/// Settings every profile shares (the shape of the hardened reference config, shared/cases/16): local gateway,
/// rate-limited auth, no operator terminal, no silent local pairing, mDNS off, per-sender DM sessions, non-main
/// sandbox without network on a read-only root with all capabilities dropped and limits, strict inline eval,
/// narrow session visibility, no agent-to-agent messaging, a plugin allowlist, the audit ledger on, no chat bash.
/// Exec, elevated, file tools, tokens and channel policies come from the built-in fixes.
/// </summary>
internal static class HardenedBaseline
{
    public static SettingsBuilder Apply(OpenClawInstall install, ProfileOptions options, string bind)
    {
        var s = new SettingsBuilder(install);
        s.Set("gateway.mode", Str("local"), "the gateway runs here")
            .Set("gateway.bind", Str(bind), bind == "loopback" ? "only this host can connect" : "inside the container; the run file publishes the port on 127.0.0.1 only")
            .Default("gateway.port", Num(options.Port), "the documented default port")
            .Default("gateway.auth.rateLimit", Obj(("maxAttempts", Num(10)), ("windowMs", Num(60000)), ("lockoutMs", Num(300000)), ("exemptLoopback", Bool(false))), "explicit brute-force limits, loopback included")
            .Set("gateway.terminal.enabled", Bool(false), "no shell on the gateway host through the operator UI")
            .Set("gateway.nodes.pairing.autoApproveLocal", Bool(false), "every new device is approved by a person")
            .Set("discovery.mdns.mode", Str("off"), "do not advertise the gateway on the local network")
            .Replace("session.dmScope", n => n is J5String { Value: "main" }, Str("per-channel-peer"), "each DM sender gets a session of their own")
            .Replace("agents.defaults.sandbox.mode", n => n is J5String { Value: "off" }, Str("non-main"), "non-main sessions run tools in a container")
            .Default("agents.defaults.sandbox.scope", Str("session"), "one sandbox per session")
            .Default("agents.defaults.sandbox.workspaceAccess", Str("none"), "sandboxes work on a private copy, not the agent workspace")
            .Set("agents.defaults.sandbox.docker.network", Str("none"), "no network inside the sandbox")
            .Set("agents.defaults.sandbox.docker.readOnlyRoot", Bool(true), "read-only root filesystem")
            .Set("agents.defaults.sandbox.docker.capDrop", ConfigValue.Array(Str("ALL")), "no Linux capabilities")
            .Replace("agents.defaults.sandbox.docker.user", n => n is J5String u && u.Value.Split(':')[0].Trim() is "0" or "root", Str("1000:1000"), "not root inside the sandbox")
            .Default("agents.defaults.sandbox.docker.pidsLimit", Num(256), "a fork bomb stops at 256 processes")
            .Default("agents.defaults.sandbox.docker.memory", Str("1g"), "memory limit")
            .Default("agents.defaults.sandbox.docker.cpus", Num(1), "CPU limit")
            .Default("tools.exec.strictInlineEval", Bool(true), "python -c / node -e need approval like any other command")
            .Replace("tools.sessions.visibility", n => n is J5String { Value: "all" }, Str("tree"), "session tools see their own session tree, not every user's")
            .Default("tools.agentToAgent.enabled", Bool(false), "agents do not message each other unless you allow it")
            .Default("plugins.allow", Strings(PluginsInUse(install)), "only the plugins in use today may load; a new one needs to be added here")
            .Replace("logging.audit.enabled", n => n is J5Bool { Value: false }, Bool(true), "keep the audit ledger of runs and tool actions")
            .Replace("commands.bash", n => n is J5Bool { Value: true }, Bool(false), "no host shell from chat");
        return s;
    }

    /// <summary>Channels configured, plugin entries enabled, and plugins installed in extensions/: what loads today.</summary>
    private static SortedSet<string> PluginsInUse(OpenClawInstall install)
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var ch in install.Config.Members("channels"))
        {
            if (ch.Key is not ("defaults" or "modelByChannel") && ch.Value is J5Object o && o["enabled"] is not J5Bool { Value: false })
            {
                ids.Add(ch.Key);
            }
        }

        foreach (var p in install.Config.Members("plugins.entries"))
        {
            if (p.Value is J5Object o && o["enabled"] is not J5Bool { Value: false })
            {
                ids.Add(p.Key);
            }
        }

        foreach (var e in install.Extensions)
        {
            ids.Add(e.Id);
        }

        return ids;
    }
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.SupplyChain;

internal sealed class PluginToolsPermissivePolicyCheck : IAuditCheck
{
    // A tool name no policy lists: a context that allows it allows any plugin tool.
    private const string Probe = "__openclaw_plugin_probe__";

    private static readonly string[] RestrictiveProfiles = ["minimal", "coding", "messaging"];

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-SUP-003",
        Title = "Plugin tools reachable under a permissive tool policy",
        Layer = Layer.SupplyChain,
        DefaultSeverity = Severity.Medium,
        Description = "Enabled extension plugins register tools; in a context with no restrictive profile or allowlist (or one that allows group:plugins or the plugin by id) the model can call them, so prompt-injected input reaches third-party code.",
        Remediation = "Give agents that read untrusted input a restrictive tools.profile (minimal, coding or messaging) or an explicit tools.allow that leaves plugin tools out.",
        OpenClawCheckIds = ["plugins.tools_reachable_permissive_policy"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var enabled = EnabledPluginIds(install);
        if (enabled.Count == 0)
        {
            yield break;
        }

        var config = install.Config;
        var contexts = new List<(string Label, AgentScope Scope)> { ("default", new AgentScope(null, "agents.defaults", null)) };
        foreach (var id in AgentRoster.Ids(install))
        {
            var entry = install.Agents.FirstOrDefault(a => a.Id == id)?.Entry;
            contexts.Add(("agents.entries." + id, new AgentScope(id, "agents.entries." + id, entry)));
        }

        var permissive = new List<string>();
        foreach (var (label, scope) in contexts)
        {
            var agentTools = scope.Tools;
            var profile = (agentTools?["profile"] as J5String)?.Value ?? config.GetString("tools.profile");
            var restrictive = profile is not null && RestrictiveProfiles.Contains(profile, StringComparer.Ordinal);
            var sandboxMode = SandboxPosture.For(install, scope).Mode;
            var broad = ToolPolicy.AllAllow(Probe, ToolPolicy.Resolve(config, agentTools, sandboxMode));
            var explicitAllow = !restrictive && (AllowsPlugin(config.GetObject("tools"), enabled) || AllowsPlugin(agentTools, enabled));
            if (broad || explicitAllow)
            {
                permissive.Add(label);
            }
        }

        if (permissive.Count == 0)
        {
            yield break;
        }

        var profileNode = config.Get("tools.profile");
        var evidence = profileNode is not null ? Evidence.At(profileNode, config.GetString("tools.profile")) : Evidence.ForConfigPath(install.ConfigPath, "tools.profile", "unset");
        yield return Info.Find($"Enabled extension plugins: {string.Join(", ", enabled)}. Permissive tool policy contexts: {string.Join(", ", permissive)}.", evidence);
    }

    /// <summary>OpenClaw's <c>resolveEnabledExtensionPluginIds</c>: installed dirs minus plugins.deny, outside a non-empty plugins.allow, or disabled entries.</summary>
    private static List<string> EnabledPluginIds(OpenClawInstall install)
    {
        var config = install.Config;
        if (config.GetBool("plugins.enabled") == false)
        {
            return [];
        }

        var allow = config.GetStrings("plugins.allow").Select(Norm).Where(s => s.Length > 0).ToHashSet(StringComparer.Ordinal);
        var deny = config.GetStrings("plugins.deny").Select(Norm).Where(s => s.Length > 0).ToHashSet(StringComparer.Ordinal);
        var disabled = config.Members("plugins.entries")
            .Where(m => m.Value is J5Object o && o["enabled"] is J5Bool { Value: false })
            .Select(m => Norm(m.Key)).ToHashSet(StringComparer.Ordinal);
        return [.. PluginDirs.Installed(install).Select(p => Norm(p.Id))
            .Where(id => id.Length > 0 && !deny.Contains(id) && (allow.Count == 0 || allow.Contains(id)) && !disabled.Contains(id))];
    }

    /// <summary>tools.allow/alsoAllow (or any tools.byProvider entry) names group:plugins or an enabled plugin id.</summary>
    private static bool AllowsPlugin(J5Object? tools, List<string> enabled)
    {
        if (tools is null)
        {
            return false;
        }

        var blocks = new List<J5Object> { tools };
        if (tools["byProvider"] is J5Object byProvider)
        {
            blocks.AddRange(byProvider.Members.Select(m => m.Value).OfType<J5Object>());
        }

        return blocks.Any(b => ConfigView.GetStrings(b["allow"]).Concat(ConfigView.GetStrings(b["alsoAllow"]))
            .Select(Norm).Any(e => e == "group:plugins" || enabled.Contains(e, StringComparer.Ordinal)));
    }

    private static string Norm(string s) => s.Trim().ToLowerInvariant();
}

using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.SupplyChain;

internal sealed class ExtensionsWithoutAllowlistCheck : IAuditCheck
{
    // Chat channels whose plugins expose native (slash) commands; the bool is whether skill commands are on by default ("auto").
    private static readonly (string Channel, bool AutoOn, string[] TokenKeys, string EnvToken)[] NativeCommandChannels =
    [
        ("telegram", true, ["botToken", "tokenFile"], "TELEGRAM_BOT_TOKEN"),
        ("discord", true, ["token"], "DISCORD_BOT_TOKEN"),
        ("slack", false, ["botToken", "appToken"], "SLACK_BOT_TOKEN"),
    ];

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-SUP-001",
        Title = "Plugins installed without a plugins.allow list",
        Layer = Layer.SupplyChain,
        DefaultSeverity = Severity.Medium,
        Description = "Without plugins.allow any plugin id discovered under <state>/extensions (or a workspace's .openclaw/extensions) may load and run code in the gateway. With native skill commands on a configured chat channel, chat users can reach what such a plugin registers.",
        Remediation = "Set plugins.allow to the exact plugin ids you installed and trust (plus the bundled providers and channels you use).",
        OpenClawCheckIds = ["plugins.extensions_no_allowlist"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var plugins = PluginDirs.Installed(install);
        if (plugins.Count == 0)
        {
            yield break;
        }

        var allow = install.Config.Get("plugins.allow");
        if (allow is J5Array { Count: > 0 })
        {
            yield break;
        }

        var exposedOn = NativeSkillChannels(install);
        var detail = $"Found {plugins.Count} extension(s) under {Path.Combine(install.StateDir, "extensions")} ({string.Join(", ", plugins.Select(p => p.Id))}) and plugins.allow is not set; any discovered plugin id may load." +
            (exposedOn.Count > 0 ? $" Native skill commands are enabled on {string.Join(", ", exposedOn)}, so chat users can reach them." : "");
        var evidence = allow is not null ? Evidence.At(allow) : Evidence.ForConfigPath(install.ConfigPath, "plugins.allow", "unset");
        yield return Info.Find(detail, evidence, exposedOn.Count > 0 ? Severity.Critical : Severity.Medium);
    }

    /// <summary>Configured, enabled chat channels whose native skill commands resolve on (channel setting, then commands.nativeSkills, then the channel default).</summary>
    private static List<string> NativeSkillChannels(OpenClawInstall install)
    {
        var list = new List<string>();
        var global = install.Config.Get("commands.nativeSkills");
        foreach (var (channel, autoOn, tokenKeys, envToken) in NativeCommandChannels)
        {
            if (install.Config.Get("channels." + channel) is not J5Object ch || ch["enabled"] is J5Bool { Value: false })
            {
                continue;
            }

            var accounts = (ch["accounts"] as J5Object)?.Members.Select(m => m.Value).OfType<J5Object>() ?? [];
            var configured = HasToken(ch, tokenKeys) || accounts.Any(a => a["enabled"] is not J5Bool { Value: false } && HasToken(a, tokenKeys))
                || install.Environment.ContainsKey(envToken) || install.DotEnv.Any(e => e.Key == envToken);
            if (!configured)
            {
                continue;
            }

            var setting = ConfigView.Get(ch, "commands.nativeSkills") ?? global;
            var on = setting switch
            {
                J5Bool b => b.Value,
                _ => autoOn,
            };
            if (on)
            {
                list.Add("channels." + channel);
            }
        }

        return list;
    }

    private static bool HasToken(J5Object o, string[] keys) =>
        keys.Any(k => o[k] is J5String { Value.Length: > 0 } or J5Object);
}

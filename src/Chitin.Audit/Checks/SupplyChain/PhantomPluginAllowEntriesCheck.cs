using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.SupplyChain;

internal sealed class PhantomPluginAllowEntriesCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-SUP-002",
        Title = "plugins.allow names a plugin that is not installed",
        Layer = Layer.SupplyChain,
        DefaultSeverity = Severity.Medium,
        Description = "plugins.allow matches plugin ids only. An allowlisted id with no installed, indexed or bundled plugin behind it is a pre-approved slot: whoever installs a package declaring that id gets it loaded without any further review.",
        Remediation = "Remove unused entries from plugins.allow, or install the plugin you meant and pin it.",
        OpenClawCheckIds = ["plugins.allow_phantom_entries"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var plugins = PluginDirs.Installed(install);
        if (plugins.Count == 0 || install.Config.Get("plugins.allow") is not J5Array { Count: > 0 } allow)
        {
            yield break;
        }

        var installed = new HashSet<string>(plugins.Select(p => p.Id.ToLowerInvariant()), StringComparer.Ordinal);
        installed.UnionWith(install.InstallRecords.Where(r => r.Kind == "plugin").Select(r => r.Id.ToLowerInvariant()));
        installed.UnionWith(plugins.Select(p => p.PackageName).OfType<string>().Select(n => n.ToLowerInvariant()));
        foreach (var item in allow.Items.OfType<J5String>())
        {
            var id = item.Value.Trim().ToLowerInvariant();
            if (id.Length == 0 || id == "group:plugins" || installed.Contains(id) || KnownPluginIds.Contains(id))
            {
                continue;
            }

            yield return Info.Find($"plugins.allow entry \"{item.Value}\" does not correspond to any installed or bundled plugin; a new plugin registering that id would load unreviewed.", Evidence.At(item, item.Value));
        }
    }
}

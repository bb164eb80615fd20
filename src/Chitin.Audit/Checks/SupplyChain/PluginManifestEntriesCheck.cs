using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.SupplyChain;

internal sealed class PluginManifestEntriesCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-SUP-007",
        Title = "Plugin manifest is malformed or its entry points escape or hide",
        Layer = Layer.SupplyChain,
        DefaultSeverity = Severity.Critical,
        Description = "package.json openclaw.extensions names the files the gateway loads. An entry that resolves outside the plugin dir loads code nobody reviewed with the plugin; one under node_modules or a hidden dir hides it from casual review and from scanners; an unreadable manifest hides the entry list. OpenClaw checks this only with --deep.",
        Remediation = "Remove the plugin unless you trust it; otherwise fix its package.json so every openclaw.extensions entry is a normal path inside the plugin dir (dist/ or src/).",
        OpenClawCheckIds = ["plugins.code_safety.manifest_parse_error", "plugins.code_safety.entry_escape", "plugins.code_safety.entry_path"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var ext in PluginDirs.Installed(install))
        {
            var manifest = Path.Combine(ext.Dir, "package.json");
            if (ext.ManifestError is { } err)
            {
                yield return Info.Find($"Plugin \"{ext.Id}\" has a malformed package.json ({err}); its extension entry list is unavailable.", Evidence.ForFile(manifest, err), Severity.Medium, "plugins.code_safety.manifest_parse_error", "Plugin package.json is malformed");
            }

            var escaped = new List<string>();
            foreach (var entry in ext.Entries.Select(e => e.Trim()).Where(e => e.Length > 0))
            {
                var resolved = Path.IsPathRooted(entry) ? entry : Path.Combine(ext.Dir, entry);
                if (!SharedDirs.IsUnder(resolved, ext.Dir))
                {
                    escaped.Add(entry);
                    continue;
                }

                if (UsesSkippedPath(entry))
                {
                    yield return Info.Find($"Plugin \"{ext.Id}\" extension entry \"{entry}\" points into a hidden or node_modules path.", Evidence.ForFile(manifest, entry), Severity.Medium, "plugins.code_safety.entry_path", "Plugin entry path is hidden or under node_modules");
                }
            }

            if (escaped.Count > 0)
            {
                yield return Info.Find($"Plugin \"{ext.Id}\" has extension entries that escape the plugin directory: {string.Join(", ", escaped)}.", Evidence.ForFile(manifest, escaped[0]), Severity.Critical, "plugins.code_safety.entry_escape", "Plugin entry path escapes the plugin directory");
            }
        }
    }

    /// <summary>OpenClaw's <c>extensionUsesSkippedScannerPath</c>: a node_modules or dot-prefixed segment (other than . and ..).</summary>
    private static bool UsesSkippedPath(string entry) =>
        entry.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries)
            .Any(s => s == "node_modules" || (s.StartsWith('.') && s is not "." and not ".."));
}

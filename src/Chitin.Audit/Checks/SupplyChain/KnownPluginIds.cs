using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.SupplyChain;

/// <summary>
/// Plugin ids OpenClaw 2026.9.6 knows without an install (bundled providers, channels and tools): the
/// <c>plugins.entries.&lt;id&gt;</c> and <c>channels.&lt;id&gt;</c> keys of its config schema
/// (<c>rules/openclaw-config-keys.json</c>) and the plugin ids in its credential matrix. Loaded once.
/// </summary>
internal static class KnownPluginIds
{
    private static readonly Lazy<IReadOnlySet<string>> Ids = new(Load);

    public static bool Contains(string id) => Ids.Value.Contains(id.Trim().ToLowerInvariant());

    private static HashSet<string> Load()
    {
        var set = new HashSet<string>(StringComparer.Ordinal) { "bundle-mcp" };
        try
        {
            var root = Json5Reader.Parse(EmbeddedRules.ReadText("openclaw-config-keys.json"), "rules/openclaw-config-keys.json", new Json5Options { MaxBytes = 16 * 1024 * 1024 }).Root;
            foreach (var path in new[] { "root.p.plugins.p.entries.p", "root.p.channels.p" })
            {
                if (ConfigView.Get(root, path) is J5Object o)
                {
                    set.UnionWith(o.Keys.Where(k => k is not ("defaults" or "modelByChannel")).Select(k => k.ToLowerInvariant()));
                }
            }
        }
        catch (Json5Exception)
        {
            // A broken key catalog only makes the phantom check stricter; the secret-path ids below still apply.
        }

        foreach (var (pattern, segments, _) in SecretPathTable.Paths)
        {
            if (segments.Count > 2 && segments[0] == "plugins" && segments[1] == "entries" && segments[2] != "*")
            {
                set.Add(segments[2].ToLowerInvariant());
            }
        }

        return set;
    }
}

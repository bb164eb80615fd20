using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.SupplyChain;

/// <summary>Which <c>&lt;state&gt;/extensions</c> entries OpenClaw's audit treats as installed plugins.</summary>
internal static class PluginDirs
{
    /// <summary>OpenClaw's <c>shouldIgnoreInstalledPluginDirName</c>: install debris, backups and hidden dirs are skipped.</summary>
    public static bool IsIgnored(string name)
    {
        var n = name.Trim().ToLowerInvariant();
        return n.Length == 0 || n is "node_modules" or ".openclaw-install-backups" || n.StartsWith('.') || n.EndsWith(".bak", StringComparison.Ordinal)
            || n.Contains(".backup-", StringComparison.Ordinal) || n.Contains(".disabled", StringComparison.Ordinal);
    }

    public static IReadOnlyList<ExtensionInfo> Installed(OpenClawInstall install) =>
        [.. install.Extensions.Where(e => !IsIgnored(e.Id)).OrderBy(e => e.Id, StringComparer.Ordinal)];
}

using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Posture;

/// <summary>Evidence for a config key that may be absent: the node when it is written, else the path in the config file.</summary>
internal static class ConfigEvidence
{
    public static Evidence At(OpenClawInstall install, string dotPath, string? value = null) =>
        install.Config.Get(dotPath) is { } node ? Evidence.At(node, value) : Evidence.ForConfigPath(install.ConfigPath, dotPath, value);

    /// <summary>The first of <paramref name="dotPaths"/> that is written, else the last one as an absent path.</summary>
    public static Evidence AtFirst(OpenClawInstall install, string? value, params string[] dotPaths)
    {
        foreach (var p in dotPaths)
        {
            if (install.Config.Get(p) is { } node)
            {
                return Evidence.At(node, value);
            }
        }

        return Evidence.ForConfigPath(install.ConfigPath, dotPaths[^1], value);
    }

    public static Evidence At(OpenClawInstall install, J5Node? node, string fallbackPath, string? value = null) =>
        node is not null ? Evidence.At(node, value) : Evidence.ForConfigPath(install.ConfigPath, fallbackPath, value);
}

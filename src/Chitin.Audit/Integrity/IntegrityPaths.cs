using System.Security.Cryptography;
using System.Text;

namespace Chitin.Audit.Integrity;

/// <summary>
/// Default places of the integrity files, all outside the state dir: the key in
/// <c>$XDG_CONFIG_HOME/chitin/baseline.key</c> (~/.config), baselines and event logs under
/// <c>$XDG_DATA_HOME/chitin/</c> (~/.local/share), one file per state dir named by a hash of its path.
/// </summary>
public static class IntegrityPaths
{
    public static string Home(IReadOnlyDictionary<string, string> env, string fallbackHome) =>
        env.TryGetValue("HOME", out var h) && h.StartsWith('/') ? h : fallbackHome;

    public static string DefaultKeyFile(IReadOnlyDictionary<string, string> env, string fallbackHome) =>
        Path.Combine(Xdg(env, "XDG_CONFIG_HOME", Path.Combine(Home(env, fallbackHome), ".config")), "chitin", "baseline.key");

    public static string DefaultBaselineDir(IReadOnlyDictionary<string, string> env, string fallbackHome) =>
        Path.Combine(DataDir(env, fallbackHome), "baselines");

    public static string DefaultEventLogDir(IReadOnlyDictionary<string, string> env, string fallbackHome) =>
        Path.Combine(DataDir(env, fallbackHome), "events");

    /// <summary>A short stable id of a state dir (hash of its full path).</summary>
    public static string StateDirId(string stateDir) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(stateDir).TrimEnd('/'))))[..16];

    public static string BaselineFile(string baselineDir, string stateDir) => Path.Combine(baselineDir, StateDirId(stateDir) + ".json");

    public static string EventLogFile(string eventLogDir, string stateDir) => Path.Combine(eventLogDir, StateDirId(stateDir) + ".jsonl");

    private static string DataDir(IReadOnlyDictionary<string, string> env, string fallbackHome) =>
        Path.Combine(Xdg(env, "XDG_DATA_HOME", Path.Combine(Home(env, fallbackHome), ".local", "share")), "chitin");

    private static string Xdg(IReadOnlyDictionary<string, string> env, string name, string fallback) =>
        env.TryGetValue(name, out var v) && v.StartsWith('/') ? v : fallback;
}

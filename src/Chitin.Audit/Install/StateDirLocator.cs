namespace Chitin.Audit.Install;

/// <summary>
/// Finds the state dir and config file the way OpenClaw 2026.9 does: an explicit directory, then
/// <c>OPENCLAW_STATE_DIR</c>, <c>OPENCLAW_PROFILE</c> (~/.openclaw-&lt;name&gt;), <c>~/.openclaw</c> under
/// <c>OPENCLAW_HOME</c> or HOME, then the legacy <c>~/.clawdbot</c> and <c>~/.moltbot</c>. <c>OPENCLAW_CONFIG_PATH</c>
/// replaces only the config path; a legacy <c>clawdbot.json</c> is used when it is the only config.
/// </summary>
public static class StateDirLocator
{
    public sealed record Location(string StateDir, string ConfigPath, string HomeDir, string How);

    public static Location Locate(string? explicitStateDir, string? explicitConfig, IReadOnlyDictionary<string, string> env, string fallbackHome)
    {
        string? Env(string k) => env.TryGetValue(k, out var v) && v.Length > 0 ? v : null;
        var home = Env("OPENCLAW_HOME") ?? Env("HOME") ?? fallbackHome;
        string stateDir;
        string how;
        if (explicitStateDir is not null)
        {
            stateDir = explicitStateDir;
            how = "--state-dir";
        }
        else if (Env("OPENCLAW_STATE_DIR") is { } sd)
        {
            stateDir = AgentResolver.ExpandHome(sd, home);
            how = "OPENCLAW_STATE_DIR";
        }
        else if (Env("OPENCLAW_PROFILE") is { } profile)
        {
            stateDir = Path.Combine(home, ".openclaw-" + profile);
            how = "OPENCLAW_PROFILE";
        }
        else
        {
            stateDir = Path.Combine(home, ".openclaw");
            how = "~/.openclaw";
            foreach (var legacy in new[] { ".clawdbot", ".moltbot" })
            {
                var candidate = Path.Combine(home, legacy);
                if (!Directory.Exists(stateDir) && Directory.Exists(candidate))
                {
                    stateDir = candidate;
                    how = "legacy ~/" + legacy;
                    break;
                }
            }
        }

        stateDir = Path.GetFullPath(stateDir);
        string config;
        if (explicitConfig is not null)
        {
            config = Path.GetFullPath(explicitConfig);
        }
        else if (explicitStateDir is null && Env("OPENCLAW_CONFIG_PATH") is { } cp)
        {
            config = Path.GetFullPath(AgentResolver.ExpandHome(cp, home));
            how += " + OPENCLAW_CONFIG_PATH";
        }
        else
        {
            config = Path.Combine(stateDir, "openclaw.json");
            var legacy = Path.Combine(stateDir, "clawdbot.json");
            if (!File.Exists(config) && !Path.Exists(config) && File.Exists(legacy))
            {
                config = legacy;
            }
        }

        return new Location(stateDir, config, home, how);
    }
}

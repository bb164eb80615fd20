using Chitin.Audit.Install;

namespace Chitin.Audit.Tests.Install;

public sealed class StateDirLocatorTests : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("chitin-home-").FullName;

    [Fact]
    public void Defaults_to_dot_openclaw_under_HOME()
    {
        var loc = StateDirLocator.Locate(null, null, Env(("HOME", _home)), "/nonexistent");
        Assert.Equal(Path.Combine(_home, ".openclaw"), loc.StateDir);
        Assert.Equal(Path.Combine(_home, ".openclaw", "openclaw.json"), loc.ConfigPath);
    }

    [Fact]
    public void OPENCLAW_HOME_wins_over_HOME()
    {
        var loc = StateDirLocator.Locate(null, null, Env(("HOME", "/elsewhere"), ("OPENCLAW_HOME", _home)), "/x");
        Assert.Equal(Path.Combine(_home, ".openclaw"), loc.StateDir);
    }

    [Fact]
    public void OPENCLAW_STATE_DIR_moves_state_and_config()
    {
        var loc = StateDirLocator.Locate(null, null, Env(("HOME", _home), ("OPENCLAW_STATE_DIR", "/srv/oc")), "/x");
        Assert.Equal("/srv/oc", loc.StateDir);
        Assert.Equal("/srv/oc/openclaw.json", loc.ConfigPath);
    }

    [Fact]
    public void OPENCLAW_CONFIG_PATH_moves_only_the_config()
    {
        var loc = StateDirLocator.Locate(null, null, Env(("HOME", _home), ("OPENCLAW_STATE_DIR", "/srv/oc"), ("OPENCLAW_CONFIG_PATH", "/etc/oc.json")), "/x");
        Assert.Equal("/srv/oc", loc.StateDir);
        Assert.Equal("/etc/oc.json", loc.ConfigPath);
    }

    [Fact]
    public void Profile_selects_dot_openclaw_dash_name()
    {
        var loc = StateDirLocator.Locate(null, null, Env(("HOME", _home), ("OPENCLAW_PROFILE", "work")), "/x");
        Assert.Equal(Path.Combine(_home, ".openclaw-work"), loc.StateDir);
    }

    [Fact]
    public void Legacy_clawdbot_dir_and_config_are_found_when_openclaw_is_absent()
    {
        var legacy = Path.Combine(_home, ".clawdbot");
        Directory.CreateDirectory(legacy);
        File.WriteAllText(Path.Combine(legacy, "clawdbot.json"), "{}");
        var loc = StateDirLocator.Locate(null, null, Env(("HOME", _home)), "/x");
        Assert.Equal(legacy, loc.StateDir);
        Assert.Equal(Path.Combine(legacy, "clawdbot.json"), loc.ConfigPath);
    }

    [Fact]
    public void An_explicit_state_dir_ignores_the_environment()
    {
        var loc = StateDirLocator.Locate("/a/b", null, Env(("OPENCLAW_STATE_DIR", "/srv/oc"), ("OPENCLAW_CONFIG_PATH", "/etc/oc.json")), "/x");
        Assert.Equal("/a/b", loc.StateDir);
        Assert.Equal("/a/b/openclaw.json", loc.ConfigPath);
    }

    public void Dispose() => Directory.Delete(_home, recursive: true);

    private static Dictionary<string, string> Env(params (string K, string V)[] kv) => kv.ToDictionary(p => p.K, p => p.V);
}

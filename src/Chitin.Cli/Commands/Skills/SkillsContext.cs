using Chitin.Audit.Iocs;
using Chitin.Audit.Skills;
using Chitin.Audit.Skills.Rules;

namespace Chitin.Cli.Commands.Skills;

/// <summary>Composition for the skills and iocs commands: where user data lives and the scanner built from it.</summary>
internal static class SkillsContext
{
    /// <summary>--data-dir, else CHITIN_DATA_DIR, else $XDG_DATA_HOME/chitin, else ~/.local/share/chitin.</summary>
    public static string DataDir(string? option, IReadOnlyDictionary<string, string> env)
    {
        if (option is { Length: > 0 })
        {
            return Path.GetFullPath(option);
        }

        if (env.TryGetValue("CHITIN_DATA_DIR", out var d) && d.Length > 0)
        {
            return d;
        }

        if (env.TryGetValue("XDG_DATA_HOME", out var x) && x.Length > 0)
        {
            return Path.Combine(x, "chitin");
        }

        var home = env.TryGetValue("HOME", out var h) && h.Length > 0 ? h : ProcessEnvironment.Home;
        return Path.Combine(home.Length > 0 ? home : "/tmp", ".local", "share", "chitin");
    }

    public static UserIocStore IocStore(string dataDir) => new(Path.Combine(dataDir, "iocs"), TimeProvider.System);

    /// <summary>Built-in rules, built-in IOC sets and the user's imported sets (unreadable ones become notes).</summary>
    public static SkillScanner Scanner(string dataDir, ICollection<string> notes)
    {
        var sets = new List<IocSet>(BuiltInIocSource.Instance.Load(notes));
        sets.AddRange(IocStore(dataDir).Load(notes));
        return new SkillScanner(SkillRuleCatalog.Builtin, new IocIndex(sets));
    }
}

using System.Text.RegularExpressions;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Posture;

/// <summary>
/// OpenClaw's classification of executables in exec policy (from <c>exec-safe-bin-*.mjs</c> and
/// <c>command-analysis/risks</c>): interpreter-like safeBins, broad-behavior safeBins, interpreter allowlist
/// patterns and risky <c>safeBinTrustedDirs</c>.
/// </summary>
internal static partial class ExecBinaries
{
    private static readonly HashSet<string> InterpreterSafeBins = new(StringComparer.Ordinal)
    {
        "ash", "awk", "bash", "busybox", "bun", "cmd", "cmd.exe", "cscript", "dash", "deno", "fish", "gawk", "gsed", "ksh", "lua", "mawk",
        "nawk", "node", "nodejs", "perl", "php", "powershell", "powershell.exe", "pypy", "pwsh", "pwsh.exe", "python", "python2", "python3",
        "ruby", "sed", "sh", "toybox", "wscript", "zsh",
    };

    private static readonly HashSet<string> InterpreterAllowlistNames = new(StringComparer.Ordinal)
    {
        "python", "python2", "python3", "pypy", "pypy3", "node", "nodejs", "bun", "deno", "awk", "gawk", "mawk", "nawk", "ruby", "perl", "php",
        "r", "rscript", "julia", "elixir", "iex", "guile", "groovy", "scala", "scala-cli", "clojure", "clj", "raku", "perl6", "ghc", "ghci",
        "erl", "werl", "gdb", "expect", "lua", "osascript", "find", "make", "gmake", "sed", "gsed", "xargs",
    };

    private const string AwkWarning = "awk-family interpreters can execute commands, access ENVIRON, and write files, so prefer explicit allowlist entries or approval-gated runs instead of safeBins.";
    private const string SedWarning = "sed scripts can execute commands and write files, so prefer explicit allowlist entries or approval-gated runs instead of safeBins.";

    private static readonly Dictionary<string, string> BroadBehavior = new(StringComparer.Ordinal)
    {
        ["jq"] = "jq can read environment data and load jq code from modules or startup files, so prefer explicit allowlist entries or approval-gated runs instead of safeBins.",
        ["awk"] = AwkWarning,
        ["gawk"] = AwkWarning,
        ["mawk"] = AwkWarning,
        ["nawk"] = AwkWarning,
        ["sed"] = SedWarning,
        ["gsed"] = SedWarning,
    };

    /// <summary><c>normalizeConfiguredSafeBins</c>: lower-cased, trimmed, unique, sorted.</summary>
    public static IReadOnlyList<string> SafeBins(J5Node? node) =>
        [.. ConfigView.GetStrings(node).Select(s => s.Trim().ToLowerInvariant()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>Executable basename without a Windows suffix.</summary>
    public static string SafeBinName(string raw)
    {
        var t = raw.Trim().ToLowerInvariant();
        var cut = t.LastIndexOfAny(['/', '\\']);
        var b = cut >= 0 ? t[(cut + 1)..] : t;
        return WindowsSuffix().Replace(b, "");
    }

    public static bool IsInterpreterLikeSafeBin(string raw)
    {
        var n = SafeBinName(raw);
        return n.Length > 0 && (InterpreterSafeBins.Contains(n) || VersionedInterpreter().IsMatch(n));
    }

    /// <summary>Interpreter-like safeBins, normalized and sorted.</summary>
    public static IReadOnlyList<string> InterpreterSafeBinsIn(IEnumerable<string> bins) =>
        [.. bins.Select(SafeBinName).Where(b => b.Length > 0 && IsInterpreterLikeSafeBin(b)).Order(StringComparer.Ordinal)];

    /// <summary>Broad-behavior safeBins (jq, awk family, sed family) with OpenClaw's warning, sorted by name.</summary>
    public static IReadOnlyList<(string Bin, string Warning)> BroadBehaviorIn(IEnumerable<string> bins) =>
        [.. bins.Select(SafeBinName).Where(b => b.Length > 0 && BroadBehavior.ContainsKey(b)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(b => (b, BroadBehavior[b]))];

    /// <summary>Lower-cased names of <c>safeBinProfiles</c> entries.</summary>
    public static IReadOnlySet<string> ProfileNames(params J5Object?[] execBlocks)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var exec in execBlocks)
        {
            foreach (var p in (exec?["safeBinProfiles"] as J5Object)?.Members ?? [])
            {
                if (p.Key.Trim().ToLowerInvariant() is { Length: > 0 } k)
                {
                    set.Add(k);
                }
            }
        }

        return set;
    }

    /// <summary><c>isInterpreterLikeAllowlistPattern</c>: the pattern's executable is an interpreter or an exec-capable tool.</summary>
    public static bool IsInterpreterLikeAllowlistPattern(string pattern)
    {
        var trimmed = pattern.Trim().ToLowerInvariant();
        if (trimmed.Length == 0)
        {
            return false;
        }

        if (Variants(SafeBinName(trimmed)).Any(InterpreterAllowlistNames.Contains))
        {
            return true;
        }

        var slash = trimmed.Replace('\\', '/');
        var basename = slash[(slash.LastIndexOf('/') + 1)..];
        if (basename.EndsWith(".exe", StringComparison.Ordinal))
        {
            basename = basename[..^4];
        }

        basename = TrailingDotsDashes().Replace(GlobChars().Replace(basename, ""), "");
        return Variants(basename).Any(InterpreterAllowlistNames.Contains);
    }

    /// <summary>Why a <c>safeBinTrustedDirs</c> entry is risky, or null when it is not.</summary>
    public static string? RiskyTrustedDir(string entry)
    {
        var raw = entry.Trim();
        if (raw.Length == 0)
        {
            return null;
        }

        if (!raw.StartsWith('/') && !DriveAbsolute().IsMatch(raw))
        {
            return "relative path (trust boundary depends on process cwd)";
        }

        var n = HostPath.Normalize(raw.Replace('\\', '/')).ToLowerInvariant();
        if (n is "/tmp" or "/var/tmp" or "/private/tmp" || n.StartsWith("/tmp/", StringComparison.Ordinal) || n.StartsWith("/var/tmp/", StringComparison.Ordinal) || n.StartsWith("/private/tmp/", StringComparison.Ordinal))
        {
            return "temporary directory is mutable and easy to poison";
        }

        if (n is "/usr/local/bin" or "/opt/homebrew/bin" or "/opt/local/bin" or "/home/linuxbrew/.linuxbrew/bin")
        {
            return "package-manager bin directory (often user-writable)";
        }

        if (n.StartsWith("/users/", StringComparison.Ordinal) || n.StartsWith("/home/", StringComparison.Ordinal) || n.Contains("/.local/bin", StringComparison.Ordinal) || WindowsUsers().IsMatch(n))
        {
            return "home-scoped bin directory (typically user-writable)";
        }

        return null;
    }

    private static IEnumerable<string> Variants(string value)
    {
        var stripped = VersionSuffix().Replace(value, "");
        if (stripped.Length == 0)
        {
            stripped = value;
        }

        return stripped == value || stripped.Length < 2 ? [value] : [value, stripped];
    }

    [GeneratedRegex(@"\.(?:exe|cmd|bat|com)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WindowsSuffix();

    [GeneratedRegex(@"^(?:python\d+(?:\.\d+)?|ruby\d+(?:\.\d+)?|perl\d+(?:\.\d+)?|php\d+(?:\.\d+)?|node\d+(?:\.\d+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionedInterpreter();

    [GeneratedRegex(@"-?\d+(?:\.\d+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionSuffix();

    [GeneratedRegex(@"[*?\[\]{}()]", RegexOptions.CultureInvariant)]
    private static partial Regex GlobChars();

    [GeneratedRegex(@"[.-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingDotsDashes();

    [GeneratedRegex(@"^[A-Za-z]:[\\/]", RegexOptions.CultureInvariant)]
    private static partial Regex DriveAbsolute();

    [GeneratedRegex(@"^[a-z]:/users/", RegexOptions.CultureInvariant)]
    private static partial Regex WindowsUsers();
}

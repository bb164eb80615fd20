namespace Chitin.Audit.Rules;

/// <summary>Data files under the repo's rules/ folder, embedded into the assembly at build time.</summary>
public static class EmbeddedRules
{
    /// <summary>Text of rules/&lt;relativePath&gt; (e.g. "openclaw-config-keys.json"), or throws if it was not embedded.</summary>
    public static string Read(string relativePath)
    {
        var name = "Chitin.Audit.rules." + relativePath.Replace('/', '.');
        using var s = typeof(EmbeddedRules).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded rule file '{relativePath}' missing (resource {name})");
        using var r = new StreamReader(s);
        return r.ReadToEnd();
    }

    /// <summary>Names (relative to rules/) of every embedded rule file.</summary>
    public static IEnumerable<string> List(string folder = "") =>
        typeof(EmbeddedRules).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Chitin.Audit.rules." + folder.Replace('/', '.'), StringComparison.Ordinal))
            .Select(n => n["Chitin.Audit.rules.".Length..]);
}

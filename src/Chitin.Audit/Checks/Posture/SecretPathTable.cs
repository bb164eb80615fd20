namespace Chitin.Audit.Checks.Posture;

/// <summary>
/// The config paths OpenClaw treats as credentials (<c>rules/secret-paths.tsv</c>, from its SecretRef credential
/// matrix): the SecretRef-capable <c>openclaw.json</c> paths, plus the secret-bearing ones listed as
/// <c># excluded</c> because they take only a literal or <c>${VAR}</c> (e.g. <c>hooks.token</c>). Paths under
/// <c>agents.entries.*</c> also apply to the legacy <c>agents.list[]</c> form. Parsed once, on first use.
/// </summary>
internal static class SecretPathTable
{
    private static readonly Lazy<IReadOnlyList<(string Pattern, IReadOnlyList<string> Segments, bool RefCapable)>> Table = new(Load);

    public static IReadOnlyList<(string Pattern, IReadOnlyList<string> Segments, bool RefCapable)> Paths => Table.Value;

    /// <summary>Parses the TSV text: <c>path&lt;TAB&gt;file[&lt;TAB&gt;note]</c>; <c>#</c> comments; <c># excluded&lt;TAB&gt;path</c> lines.</summary>
    public static IReadOnlyList<(string Pattern, IReadOnlyList<string> Segments, bool RefCapable)> Parse(string text)
    {
        var list = new List<(string, IReadOnlyList<string>, bool)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var cols = line.Split('\t');
            string path;
            bool refCapable;
            if (line.StartsWith('#'))
            {
                if (cols.Length < 2 || cols[0].Trim() != "# excluded")
                {
                    continue;
                }

                path = cols[1].Trim();
                refCapable = false;
            }
            else
            {
                if (cols.Length < 2 || cols[1].Trim() != "openclaw.json")
                {
                    continue;
                }

                path = cols[0].Trim();
                refCapable = true;
            }

            foreach (var p in Variants(path))
            {
                if (seen.Add(p))
                {
                    list.Add((p, ConfigPathPattern.Segments(p), refCapable));
                }
            }
        }

        return list;
    }

    private static IEnumerable<string> Variants(string path)
    {
        yield return path;
        const string Entries = "agents.entries.*.";
        if (path.StartsWith(Entries, StringComparison.Ordinal))
        {
            yield return "agents.list[]." + path[Entries.Length..];
        }
    }

    private static IReadOnlyList<(string, IReadOnlyList<string>, bool)> Load() => Parse(EmbeddedRules.ReadText("secret-paths.tsv"));
}

using System.Text.RegularExpressions;

namespace Chitin.Audit.Skills.Scanning;

/// <summary>Skill names and publishers, and how close a name is to a popular one.</summary>
internal static partial class SkillNames
{
    /// <summary><c>name:</c> from the YAML front matter of a SKILL.md, or null.</summary>
    public static string? FrontmatterName(string skillMd)
    {
        if (!skillMd.StartsWith("---", StringComparison.Ordinal))
        {
            return null;
        }

        var end = skillMd.IndexOf("\n---", 3, StringComparison.Ordinal);
        var head = end < 0 ? skillMd[..Math.Min(skillMd.Length, 4096)] : skillMd[..end];
        var m = NameLine().Match(head);
        return m.Success ? m.Groups[1].Value.Trim().Trim('"', '\'').Trim() : null;
    }

    /// <summary>owner/publisher/author handles in ClawHub origin files and package manifests.</summary>
    public static IEnumerable<string> Publishers(string json)
    {
        foreach (Match m in PublisherField().Matches(json))
        {
            yield return m.Groups[2].Value;
        }
    }

    /// <summary>Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), capped.</summary>
    public static int Distance(string a, string b, int cap = 3)
    {
        if (Math.Abs(a.Length - b.Length) > cap)
        {
            return cap + 1;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>
    /// The popular skill <paramref name="name"/> imitates, and how: one edit away (for names of seven or more
    /// characters, where an edit is rarely a different word), or the popular name plus a random-looking clone suffix.
    /// </summary>
    public static (string Target, string How)? Imitates(string name, IReadOnlyList<string> popular)
    {
        var n = name.Trim().ToLowerInvariant();
        if (popular.Contains(n, StringComparer.Ordinal))
        {
            return null;
        }

        foreach (var p in popular)
        {
            if (p.Length >= 5 && n.StartsWith(p + "-", StringComparison.Ordinal))
            {
                var suffix = n[(p.Length + 1)..];
                if (suffix.Length is >= 4 and <= 9 && CloneSuffix().IsMatch(suffix))
                {
                    return (p, $"\"{p}\" plus the random-looking suffix \"-{suffix}\" (a clone of a popular skill)");
                }
            }
        }

        foreach (var p in popular)
        {
            // One edit only: two edits already turn "bear-notes" into "team-notes", a different word.
            var allowed = p.Length >= 7 ? 1 : 0;
            if (allowed == 0)
            {
                continue;
            }

            var dist = Distance(n, p, allowed);
            if (dist >= 1 && dist <= allowed && !IsVersionVariant(n, p) && n != p + "s" && p != n + "s")
            {
                return (p, $"{dist} edit(s) from \"{p}\"");
            }
        }

        return null;
    }

    /// <summary>"x-twitter2", "gemini-2": a digit appended or changed is a version, not a lure.</summary>
    private static bool IsVersionVariant(string n, string p)
    {
        var a = n.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-');
        var b = p.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-');
        return a.Length > 0 && a == b && !p.StartsWith("claw", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^name:\s*(.+?)\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex NameLine();

    [GeneratedRegex(@"""(owner|ownerHandle|publisher|author|handle)""\s*:\s*""@?([A-Za-z0-9_.-]{2,64})""", RegexOptions.CultureInvariant)]
    private static partial Regex PublisherField();

    /// <summary>Clone suffixes mix letters and digits (gog-5w7zvby, deep-research-hsk9iq5w).</summary>
    [GeneratedRegex(@"^(?=[a-z0-9]*[0-9])(?=[a-z0-9]*[a-z])[a-z0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex CloneSuffix();
}

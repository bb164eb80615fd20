using System.Text;
using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Fixes.Editing;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Fixes.Diff;

/// <summary>
/// What a diff may show of a file: every string that sits at a credential path, has a secret-like name or a
/// known credential shape is replaced by <c>"&lt;redacted&gt;"</c> (old and new side alike), and every value of a
/// .env file is. A diff never prints a secret, including unchanged context lines.
/// </summary>
internal static class DiffRedaction
{
    public const string Marker = "<redacted>";

    public static string Config(string text, string path)
    {
        Json5Document doc;
        try
        {
            doc = Json5Reader.Parse(text, path);
        }
        catch (Json5Exception)
        {
            return "(not shown: the file does not parse)\n";
        }

        var secrets = new HashSet<J5Node>(ReferenceEqualityComparer.Instance);
        foreach (var (_, segments, _) in SecretPathTable.Paths)
        {
            foreach (var node in ConfigPathPattern.Match(doc.Root, segments))
            {
                secrets.Add(node);
            }
        }

        var spans = new List<(int Start, int End, char Quote)>();
        var stack = new Stack<J5Node>();
        stack.Push(doc.Root);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case J5Object o:
                    foreach (var p in o.Properties)
                    {
                        stack.Push(p.Value);
                    }

                    break;
                case J5Array a:
                    foreach (var i in a.Items)
                    {
                        stack.Push(i);
                    }

                    break;
                case J5String s when IsSecret(s, secrets):
                    spans.Add((s.Span.Start, s.Span.End, text[s.Span.Start]));
                    break;
            }
        }

        var edits = spans.Select((s, i) => new TextEdit(s.Start, s.End, s.Quote + Marker + s.Quote, i));
        return TextEdit.Apply(text, edits);
    }

    /// <summary>A .env file with every value replaced (names, comments and layout kept).</summary>
    public static string DotEnv(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var (line, ending) in SplitKeepingEndings(text))
        {
            var trimmed = line.TrimStart();
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (trimmed.Length == 0 || trimmed[0] == '#' || eq <= 0)
            {
                sb.Append(line);
            }
            else
            {
                sb.Append(line.AsSpan(0, eq + 1)).Append(Marker);
            }

            sb.Append(ending);
        }

        return sb.ToString();
    }

    private static bool IsSecret(J5String s, HashSet<J5Node> secretPaths)
    {
        if (!SecretHeuristics.IsLiteral(s.Value))
        {
            return false;
        }

        var key = s.Key ?? (s.Parent?.Key ?? "");
        return secretPaths.Contains(s) || SecretHeuristics.IsSecretName(key) || SecretHeuristics.LooksLikeSecretValue(s.Value);
    }

    private static IEnumerable<(string Line, string Ending)> SplitKeepingEndings(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
                yield return (text[start..end], text[end..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return (text[start..], "");
        }
    }
}

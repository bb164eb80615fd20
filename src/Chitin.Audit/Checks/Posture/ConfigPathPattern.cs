using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Posture;

/// <summary>
/// Dot-path patterns over the config tree, as OpenClaw's credential matrix writes them: <c>*</c> is any member of
/// an object, <c>[]</c> any item of an array (<c>hooks.mappings[].sessionKey</c>).
/// </summary>
internal static class ConfigPathPattern
{
    public static IReadOnlyList<string> Segments(string pattern)
    {
        var list = new List<string>();
        foreach (var part in pattern.Split('.'))
        {
            var p = part;
            var arrays = 0;
            while (p.EndsWith("[]", StringComparison.Ordinal))
            {
                p = p[..^2];
                arrays++;
            }

            if (p.Length > 0)
            {
                list.Add(p);
            }

            for (var i = 0; i < arrays; i++)
            {
                list.Add("[]");
            }
        }

        return list;
    }

    /// <summary>Every node under <paramref name="root"/> the pattern reaches.</summary>
    public static IEnumerable<J5Node> Match(J5Node? root, IReadOnlyList<string> segments)
    {
        var current = new List<J5Node>();
        if (root is not null)
        {
            current.Add(root);
        }

        foreach (var seg in segments)
        {
            var next = new List<J5Node>();
            foreach (var node in current)
            {
                switch (seg)
                {
                    case "*" when node is J5Object o:
                        next.AddRange(o.Members.Select(m => m.Value));
                        break;
                    case "[]" when node is J5Array a:
                        next.AddRange(a.Items);
                        break;
                    case "*" or "[]":
                        break;
                    default:
                        if (node is J5Object obj && obj[seg] is { } child)
                        {
                            next.Add(child);
                        }

                        break;
                }
            }

            current = next;
            if (current.Count == 0)
            {
                break;
            }
        }

        return current;
    }

    public static IEnumerable<J5Node> Match(J5Node? root, string pattern) => Match(root, Segments(pattern));
}

using Chitin.Audit.Json5;

namespace Chitin.Audit.Fixes.Editing;

/// <summary>
/// Finds, inside one file's own tree, the node a merged-config node came from (same span), and its path in that
/// file. Merged configs copy nodes out of their files; edits need the file's own neighbours (commas, siblings).
/// </summary>
internal static class DocumentLocator
{
    public static (J5Node Node, ConfigPath Path)? Find(Json5Document doc, SourceSpan span)
    {
        J5Node node = doc.Root;
        var path = ConfigPath.Root;
        while (true)
        {
            if (node.Span.Start == span.Start && node.Span.End == span.End)
            {
                return (node, path);
            }

            var next = false;
            switch (node)
            {
                case J5Object o:
                    for (var i = o.Properties.Count - 1; i >= 0; i--)
                    {
                        var p = o.Properties[i];
                        if (Contains(p.Value.Span, span))
                        {
                            node = p.Value;
                            path = path.Append(p.Key);
                            next = true;
                            break;
                        }
                    }

                    break;
                case J5Array a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        if (Contains(a[i].Span, span))
                        {
                            node = a[i];
                            path = path.Append(i);
                            next = true;
                            break;
                        }
                    }

                    break;
            }

            if (!next)
            {
                return null;
            }
        }
    }

    /// <summary>The object in <paramref name="doc"/> that holds a member whose key was written at <paramref name="keySpan"/>.</summary>
    public static (J5Object Owner, ConfigPath Path)? FindOwner(Json5Document doc, SourceSpan keySpan)
    {
        var stack = new Stack<(J5Node Node, ConfigPath Path)>();
        stack.Push((doc.Root, ConfigPath.Root));
        while (stack.Count > 0)
        {
            var (node, path) = stack.Pop();
            if (node.Span.Start > keySpan.Start || node.Span.End < keySpan.End)
            {
                continue;
            }

            switch (node)
            {
                case J5Object o:
                    foreach (var p in o.Properties)
                    {
                        if (p.KeySpan.Start == keySpan.Start && p.KeySpan.End == keySpan.End)
                        {
                            return (o, path);
                        }

                        stack.Push((p.Value, path.Append(p.Key)));
                    }

                    break;
                case J5Array a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        stack.Push((a[i], path.Append(i)));
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>The node at a file-local path, or null.</summary>
    public static J5Node? At(J5Node root, ConfigPath path)
    {
        J5Node? cur = root;
        foreach (var s in path.Segments)
        {
            cur = s.IsIndex
                ? cur is J5Array a && s.Index < a.Count ? a[s.Index] : null
                : (cur as J5Object)?[s.Key!];
            if (cur is null)
            {
                return null;
            }
        }

        return cur;
    }

    private static bool Contains(SourceSpan outer, SourceSpan inner) => outer.Start <= inner.Start && inner.End <= outer.End;
}

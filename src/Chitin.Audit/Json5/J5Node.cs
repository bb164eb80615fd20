using System.Runtime.CompilerServices;
using System.Text;

namespace Chitin.Audit.Json5;

/// <summary>
/// A JSON5 value that remembers where it came from (file, span), so findings can point at
/// <c>openclaw.json:LINE</c> and fixes can edit the text in place.
/// </summary>
public abstract class J5Node
{
    private protected J5Node(SourceSpan span, Json5Document? document)
    {
        Span = span;
        Document = document;
    }

    public SourceSpan Span { get; }

    /// <summary>The document this node was parsed from; null for values built in code.</summary>
    public Json5Document? Document { get; }

    public J5Node? Parent { get; internal set; }

    /// <summary>Property name when the parent is an object.</summary>
    public string? Key { get; internal set; }

    /// <summary>Index when the parent is an array; -1 otherwise.</summary>
    public int Index { get; internal set; } = -1;

    public string? FilePath => Document?.Path;

    public int Line => Span.Line;

    public int Column => Span.Column;

    /// <summary>Dot path from the root of the (merged) config, e.g. <c>gateway.auth.token</c> or <c>agents.list[2].id</c>.</summary>
    public string Path
    {
        get
        {
            var parts = new List<string>();
            for (J5Node? n = this; n?.Parent is not null; n = n.Parent)
            {
                parts.Add(n.Parent is J5Array ? $"[{n.Index}]" : FormatKey(n.Key!));
            }

            var sb = new StringBuilder();
            for (var i = parts.Count - 1; i >= 0; i--)
            {
                if (sb.Length > 0 && parts[i][0] != '[')
                {
                    sb.Append('.');
                }

                sb.Append(parts[i]);
            }

            return sb.ToString();
        }
    }

    /// <summary>The source text of this value, or null when built in code.</summary>
    public string? SourceText => Document?.Text.Substring(Span.Start, Span.Length);

    /// <summary>
    /// A copy of this subtree with the same values, spans and documents but no parent, so it can be placed
    /// into another tree (e.g. a config merged from includes) without re-parenting the original nodes.
    /// Throws <see cref="InsufficientExecutionStackException"/> instead of overflowing the stack on absurd depth.
    /// </summary>
    internal J5Node DeepClone()
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return this switch
        {
            J5Object o => J5Object.Adopt(o.Properties.Select(p => new J5Property(p.Key, p.KeySpan, p.Value.DeepClone())).ToList(), Span, Document),
            J5Array a => J5Array.Adopt(a.Items.Select(i => i.DeepClone()).ToList(), Span, Document),
            J5String s => new J5String(s.Value, Span, Document),
            J5Number n => new J5Number(n.Value, n.Raw, Span, Document),
            J5Bool b => new J5Bool(b.Value, Span, Document),
            J5Null => new J5Null(Span, Document),
            _ => throw new InvalidOperationException("unknown node type " + GetType().Name),
        };
    }

    private static string FormatKey(string key)
    {
        foreach (var c in key)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '-' or '$' or '*'))
            {
                return "[\"" + key.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"]";
            }
        }

        return key.Length == 0 ? "[\"\"]" : key;
    }
}

using System.Globalization;
using System.Text;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Fixes.Editing;

/// <summary>Writes a value as JSON5 text in a file's <see cref="Json5Style"/>.</summary>
internal static class Json5Render
{
    private const int InlineArrayWidth = 72;

    /// <summary>
    /// The value's text. Multi-line objects and arrays put their members at <paramref name="indent"/> plus one unit
    /// and the closing bracket at <paramref name="indent"/>; <paramref name="inline"/> keeps everything on one line.
    /// </summary>
    public static string Value(J5Node value, Json5Style style, string indent, bool inline)
    {
        var sb = new StringBuilder();
        Write(sb, value, style, indent, inline);
        return sb.ToString();
    }

    /// <summary><c>key: value</c> of one member.</summary>
    public static string Member(string key, J5Node value, Json5Style style, string indent, bool inline) =>
        Key(key, style) + ": " + Value(value, style, indent, inline);

    public static string Key(string key, Json5Style style) =>
        !style.QuoteKeys && IsIdentifier(key) ? key : Quote(key, style.Quote);

    public static string Quote(string value, char quote)
    {
        var sb = new StringBuilder(value.Length + 2);
        sb.Append(quote);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\u2028': sb.Append("\\u2028"); break;
                case '\u2029': sb.Append("\\u2029"); break;
                default:
                    if (c == quote)
                    {
                        sb.Append('\\').Append(c);
                    }
                    else if (c < 0x20 || c == 0x7F)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append(quote).ToString();
    }

    public static bool IsIdentifier(string key)
    {
        if (key.Length == 0 || !(char.IsAsciiLetter(key[0]) || key[0] is '_' or '$'))
        {
            return false;
        }

        return key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$');
    }

    private static void Write(StringBuilder sb, J5Node value, Json5Style style, string indent, bool inline)
    {
        switch (value)
        {
            case J5String s:
                sb.Append(Quote(s.Value, style.Quote));
                break;
            case J5Number n:
                sb.Append(n.Raw.Length > 0 ? n.Raw : n.Value.ToString("R", CultureInfo.InvariantCulture));
                break;
            case J5Bool b:
                sb.Append(b.Value ? "true" : "false");
                break;
            case J5Null:
                sb.Append("null");
                break;
            case J5Array a:
                WriteArray(sb, a, style, indent, inline);
                break;
            case J5Object o:
                WriteObject(sb, o, style, indent, inline);
                break;
            default:
                throw new InvalidOperationException("unknown node type " + value.GetType().Name);
        }
    }

    private static void WriteArray(StringBuilder sb, J5Array a, Json5Style style, string indent, bool inline)
    {
        if (a.Count == 0)
        {
            sb.Append("[]");
            return;
        }

        var scalars = a.Items.All(i => i is not (J5Object or J5Array));
        if (inline || scalars)
        {
            var items = a.Items.Select(i => Value(i, style, indent, inline: true)).ToList();
            var text = "[" + string.Join(", ", items) + "]";
            if (inline || text.Length <= InlineArrayWidth)
            {
                sb.Append(text);
                return;
            }
        }

        var inner = indent + style.IndentUnit;
        sb.Append('[');
        for (var i = 0; i < a.Count; i++)
        {
            sb.Append(style.NewLine).Append(inner);
            Write(sb, a[i], style, inner, inline: false);
            if (i < a.Count - 1 || style.TrailingCommas)
            {
                sb.Append(',');
            }
        }

        sb.Append(style.NewLine).Append(indent).Append(']');
    }

    private static void WriteObject(StringBuilder sb, J5Object o, Json5Style style, string indent, bool inline)
    {
        var members = o.Members.ToList();
        if (members.Count == 0)
        {
            sb.Append("{}");
            return;
        }

        if (inline)
        {
            sb.Append("{ ");
            sb.AppendJoin(", ", members.Select(m => Member(m.Key, m.Value, style, indent, inline: true)));
            sb.Append(" }");
            return;
        }

        var inner = indent + style.IndentUnit;
        sb.Append('{');
        for (var i = 0; i < members.Count; i++)
        {
            sb.Append(style.NewLine).Append(inner).Append(Key(members[i].Key, style)).Append(": ");
            Write(sb, members[i].Value, style, inner, inline: false);
            if (i < members.Count - 1 || style.TrailingCommas)
            {
                sb.Append(',');
            }
        }

        sb.Append(style.NewLine).Append(indent).Append('}');
    }
}

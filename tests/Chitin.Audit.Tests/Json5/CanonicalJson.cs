using System.Globalization;
using System.Text;
using System.Text.Json;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Tests.Json5;

/// <summary>
/// One text per JSON value, so values from different parsers compare as strings: object keys sorted by UTF-16
/// code units with the last duplicate winning, numbers as their IEEE-754 bits (so -0, Infinity and rounding count),
/// NaN as <c>NaN</c>, strings quoted like JavaScript's JSON.stringify (lone surrogates as \udxxx).
/// node/json5-oracle.js writes the same form.
/// </summary>
internal static class CanonicalJson
{
    public static string Of(J5Node node)
    {
        var sb = new StringBuilder();
        Write(sb, node);
        return sb.ToString();
    }

    /// <summary>The canonical form of a System.Text.Json value (numbers re-read from their text).</summary>
    public static string Of(JsonElement e)
    {
        var sb = new StringBuilder();
        Write(sb, e);
        return sb.ToString();
    }

    public static string Number(double d) =>
        double.IsNaN(d) ? "NaN" : "n" + BitConverter.DoubleToInt64Bits(d).ToString("x16", CultureInfo.InvariantCulture);

    public static string Quote(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        Quote(sb, s);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, J5Node node)
    {
        switch (node)
        {
            case J5Null:
                sb.Append("null");
                break;
            case J5Bool b:
                sb.Append(b.Value ? "true" : "false");
                break;
            case J5Number n:
                sb.Append(Number(n.Value));
                break;
            case J5String s:
                Quote(sb, s.Value);
                break;
            case J5Array a:
                sb.Append('[');
                for (var i = 0; i < a.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                    }

                    Write(sb, a[i]);
                }

                sb.Append(']');
                break;
            case J5Object o:
                sb.Append('{');
                var first = true;
                foreach (var p in o.Members.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        sb.Append(',');
                    }

                    first = false;
                    Quote(sb, p.Key);
                    sb.Append(':');
                    Write(sb, p.Value);
                }

                sb.Append('}');
                break;
            default:
                throw new InvalidOperationException(node.GetType().Name);
        }
    }

    private static void Write(StringBuilder sb, JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Null:
                sb.Append("null");
                break;
            case JsonValueKind.True:
                sb.Append("true");
                break;
            case JsonValueKind.False:
                sb.Append("false");
                break;
            case JsonValueKind.Number:
                sb.Append(Number(double.Parse(e.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture)));
                break;
            case JsonValueKind.String:
                Quote(sb, e.GetString()!);
                break;
            case JsonValueKind.Array:
                sb.Append('[');
                var i = 0;
                foreach (var item in e.EnumerateArray())
                {
                    if (i++ > 0)
                    {
                        sb.Append(',');
                    }

                    Write(sb, item);
                }

                sb.Append(']');
                break;
            case JsonValueKind.Object:
                // Last duplicate wins, as in JavaScript.
                var members = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                foreach (var p in e.EnumerateObject())
                {
                    members[p.Name] = p.Value;
                }

                sb.Append('{');
                var first = true;
                foreach (var (key, value) in members.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        sb.Append(',');
                    }

                    first = false;
                    Quote(sb, key);
                    sb.Append(':');
                    Write(sb, value);
                }

                sb.Append('}');
                break;
            default:
                throw new InvalidOperationException(e.ValueKind.ToString());
        }
    }

    private static void Quote(StringBuilder sb, string s)
    {
        sb.Append('"');
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                    {
                        sb.Append(c).Append(s[++i]);
                    }
                    else if (char.IsSurrogate(c))
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

        sb.Append('"');
    }
}

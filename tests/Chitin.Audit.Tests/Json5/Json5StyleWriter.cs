using System.Globalization;
using System.Text;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Tests.Json5;

/// <summary>
/// Writes a value as JSON5 in a randomly chosen style for every token: comments, all kinds of white space and line
/// terminators, single or double quotes, unquoted and \u-escaped keys, trailing commas, hex, signs, leading and
/// trailing decimal points, Infinity and NaN, every escape form and line continuations. Same seed, same text.
/// </summary>
internal sealed class Json5StyleWriter(Random rng)
{
    private static readonly string[] Spaces =
        [" ", "  ", "\t", "\n", "\r\n", "\r", "\u00A0", "\u2028", "\u2029", "\uFEFF", "\v", "\f", "\u3000", "\u2003", "\u202F"];

    private static readonly string[] LineEnds = ["\n", "\r\n", "\r", "\u2028", "\u2029"];

    private readonly StringBuilder _sb = new();

    public string Write(J5Node value)
    {
        _sb.Clear();
        if (rng.Next(10) == 0)
        {
            _sb.Append('\uFEFF');
        }

        Trivia();
        Value(value);
        Trivia();
        return _sb.ToString();
    }

    private void Trivia()
    {
        var n = rng.Next(6) switch { < 3 => 0, < 5 => 1, _ => 2 };
        for (var i = 0; i < n; i++)
        {
            switch (rng.Next(12))
            {
                case 0:
                    _sb.Append(rng.Next(3) switch { 0 => "/**/", 1 => "/* a ** b / c */", _ => "/*\n * note\r\n */" });
                    break;
                case 1:
                    _sb.Append("// note \"x\" /* ").Append(LineEnds[rng.Next(LineEnds.Length)]);
                    break;
                default:
                    _sb.Append(Spaces[rng.Next(Spaces.Length)]);
                    break;
            }
        }
    }

    private void Value(J5Node node)
    {
        switch (node)
        {
            case J5Null:
                _sb.Append("null");
                break;
            case J5Bool b:
                _sb.Append(b.Value ? "true" : "false");
                break;
            case J5Number n:
                Number(n.Value);
                break;
            case J5String s:
                String(s.Value);
                break;
            case J5Array a:
                _sb.Append('[');
                Trivia();
                for (var i = 0; i < a.Count; i++)
                {
                    if (i > 0)
                    {
                        _sb.Append(',');
                        Trivia();
                    }

                    Value(a[i]);
                    Trivia();
                }

                if (a.Count > 0 && rng.Next(3) == 0)
                {
                    _sb.Append(',');
                    Trivia();
                }

                _sb.Append(']');
                break;
            case J5Object o:
                _sb.Append('{');
                Trivia();
                for (var i = 0; i < o.Properties.Count; i++)
                {
                    if (i > 0)
                    {
                        _sb.Append(',');
                        Trivia();
                    }

                    Key(o.Properties[i].Key);
                    Trivia();
                    _sb.Append(':');
                    Trivia();
                    Value(o.Properties[i].Value);
                    Trivia();
                }

                if (o.Properties.Count > 0 && rng.Next(3) == 0)
                {
                    _sb.Append(',');
                    Trivia();
                }

                _sb.Append('}');
                break;
            default:
                throw new InvalidOperationException(node.GetType().Name);
        }
    }

    private void Number(double v)
    {
        if (double.IsNaN(v))
        {
            _sb.Append(rng.Next(3) switch { 0 => "NaN", 1 => "+NaN", _ => "-NaN" });
            return;
        }

        if (double.IsNegative(v))
        {
            _sb.Append('-');
        }
        else if (rng.Next(4) == 0)
        {
            _sb.Append('+');
        }

        var a = Math.Abs(v);
        if (double.IsInfinity(a))
        {
            _sb.Append("Infinity");
            return;
        }

        if (a == Math.Floor(a) && a < 18446744073709551616.0 && rng.Next(3) == 0)
        {
            _sb.Append(rng.Next(2) == 0 ? "0x" : "0X");
            if (rng.Next(4) == 0)
            {
                _sb.Append("00");
            }

            _sb.Append(((ulong)a).ToString(rng.Next(2) == 0 ? "x" : "X", CultureInfo.InvariantCulture));
            return;
        }

        var text = a.ToString("R", CultureInfo.InvariantCulture);
        if (rng.Next(2) == 0)
        {
            text = text.Replace('E', 'e');
        }

        var mantissaEnd = text.IndexOfAny(['e', 'E']);
        var mantissa = mantissaEnd < 0 ? text : text[..mantissaEnd];
        var exponent = mantissaEnd < 0 ? string.Empty : text[mantissaEnd..];
        if (!mantissa.Contains('.', StringComparison.Ordinal))
        {
            mantissa += rng.Next(4) switch { 0 => ".", 1 => ".0", _ => string.Empty };
        }

        if (mantissa.StartsWith("0.", StringComparison.Ordinal) && mantissa.Length > 2 && rng.Next(2) == 0)
        {
            mantissa = mantissa[1..];
        }

        if (exponent.Length == 0 && rng.Next(5) == 0)
        {
            exponent = rng.Next(3) switch { 0 => "e0", 1 => "E+00", _ => "e-0" };
        }

        _sb.Append(mantissa).Append(exponent);
    }

    private void Key(string key)
    {
        if (key.Length > 0 && IsIdentifierName(key) && rng.Next(3) != 0)
        {
            for (var i = 0; i < key.Length; i++)
            {
                var c = key[i];
                if (!char.IsSurrogate(c) && rng.Next(8) == 0)
                {
                    _sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                }
                else
                {
                    _sb.Append(c);
                }
            }

            return;
        }

        String(key);
    }

    private void String(string s)
    {
        var quote = rng.Next(2) == 0 ? '"' : '\'';
        _sb.Append(quote);
        for (var i = 0; i < s.Length; i++)
        {
            if (rng.Next(25) == 0)
            {
                _sb.Append('\\').Append(LineEnds[rng.Next(LineEnds.Length)]);
            }

            var c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                if (rng.Next(3) == 0)
                {
                    _sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}\\u{(int)s[i + 1]:x4}");
                }
                else
                {
                    _sb.Append(c).Append(s[i + 1]);
                }

                i++;
                continue;
            }

            var nextIsDigit = i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]);
            Char(c, quote, nextIsDigit);
        }

        _sb.Append(quote);
    }

    private void Char(char c, char quote, bool nextIsDigit)
    {
        var mustEscape = c == quote || c == '\\' || c == '\n' || c == '\r' || char.IsSurrogate(c);
        var pick = rng.Next(mustEscape ? 3 : 12);
        switch (pick)
        {
            case 0:
                _sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                return;
            case 1 when c <= 0xFF:
                _sb.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}");
                return;
            case 2:
            case 3:
                var named = c switch
                {
                    '\b' => "\\b",
                    '\f' => "\\f",
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    '\v' => "\\v",
                    '\0' when !nextIsDigit => "\\0",
                    _ when char.IsSurrogate(c) => $"\\u{(int)c:x4}",
                    _ when "bfnrtvxu0123456789\u2028\u2029".Contains(c, StringComparison.Ordinal) => null,
                    _ => "\\" + c,
                };
                if (named is not null)
                {
                    _sb.Append(named);
                    return;
                }

                break;
        }

        if (mustEscape)
        {
            _sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            return;
        }

        _sb.Append(c);
    }

    internal static bool IsIdentifierName(string key)
    {
        var first = true;
        for (var i = 0; i < key.Length; i++)
        {
            var (cp, len) = Json5Chars.CodePointAt(key, i);
            if (first ? !Json5Chars.IsIdentifierStart(cp) : !Json5Chars.IsIdentifierPart(cp))
            {
                return false;
            }

            i += len - 1;
            first = false;
        }

        return !first;
    }
}

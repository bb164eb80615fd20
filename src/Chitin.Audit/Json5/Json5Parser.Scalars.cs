using System.Text;

namespace Chitin.Audit.Json5;

/// <summary>Strings, literals and property names.</summary>
internal sealed partial class Json5Parser
{
    private J5Node ParseScalar(char c)
    {
        if (c is '"' or '\'')
        {
            var (start, line, col) = Mark();
            var str = ReadString();
            return new J5String(str, new SourceSpan(start, _pos, line, col), doc);
        }

        if (c is '-' or '+' or '.' || char.IsAsciiDigit(c))
        {
            return ParseNumber();
        }

        if (c is 'n' or 't' or 'f' or 'I' or 'N')
        {
            return ParseLiteral();
        }

        if (c == '\\' || Json5Chars.IsIdentifierStart(Json5Chars.CodePointAt(_s, _pos).CodePoint))
        {
            var (_, line, col) = Mark();
            var word = ReadWord();
            throw ErrorAt(line, col, $"unexpected identifier '{Trim(word)}': expected a value (strings need quotes)");
        }

        throw Error(c == ',' ? "unexpected ',': expected a value (extra comma?)" : $"unexpected {Describe(c)}: expected a value");
    }

    private J5Node ParseLiteral()
    {
        var (start, line, col) = Mark();
        var word = ReadWordSpan();
        var span = new SourceSpan(start, _pos, line, col);
        return word switch
        {
            "null" => new J5Null(span, doc),
            "true" => new J5Bool(true, span, doc),
            "false" => new J5Bool(false, span, doc),
            "Infinity" => new J5Number(double.PositiveInfinity, "Infinity", span, doc),
            "NaN" => new J5Number(double.NaN, "NaN", span, doc),
            _ => throw ErrorAt(line, col, $"unexpected identifier '{Trim(word.ToString())}': expected a value (strings need quotes)"),
        };
    }

    /// <summary>Reads identifier characters and backslashes as written (literals may not be escaped).</summary>
    private string ReadWord() => ReadWordSpan().ToString();

    private ReadOnlySpan<char> ReadWordSpan()
    {
        var s = _pos;
        while (_pos < _s.Length)
        {
            var (cp, len) = Json5Chars.CodePointAt(_s, _pos);
            if (cp != '\\' && !Json5Chars.IsIdentifierPart(cp))
            {
                break;
            }

            _pos += len;
        }

        return _s.AsSpan(s, _pos - s);
    }

    private string ReadString()
    {
        var (_, line, col) = Mark();
        var quote = _s[_pos++];
        StringBuilder? sb = null;
        var runStart = _pos;
        while (true)
        {
            // Plain characters: the common case, scanned without copying.
            while (_pos < _s.Length)
            {
                var p = _s[_pos];
                if (p == quote || p == '\\' || p == '\n' || p == '\r' || p == '\u2028' || p == '\u2029')
                {
                    break;
                }

                _pos++;
            }

            if (_pos >= _s.Length)
            {
                throw ErrorAt(line, col, "unterminated string: missing closing quote");
            }

            var c = _s[_pos];
            if (c == quote)
            {
                string result;
                if (sb is null)
                {
                    result = _s[runStart.._pos];
                }
                else
                {
                    sb.Append(_s, runStart, _pos - runStart);
                    result = sb.ToString();
                }

                _pos++;
                return result;
            }

            if (c is '\n' or '\r')
            {
                throw Error("unterminated string: a line break inside a string must be escaped (use \\n, or \\ at the end of the line)");
            }

            if (c is '\u2028' or '\u2029')
            {
                // Allowed unescaped in JSON5 strings; still a line terminator for positions.
                _pos++;
                NewLine();
                continue;
            }

            sb ??= new StringBuilder(_pos - runStart + 16);
            sb.Append(_s, runStart, _pos - runStart);
            ReadEscape(sb);
            runStart = _pos;
        }
    }

    /// <summary>Reads one escape sequence; <see cref="_pos"/> is at the backslash.</summary>
    private void ReadEscape(StringBuilder sb)
    {
        _pos++;
        if (_pos >= _s.Length)
        {
            throw Error("unterminated string: input ends after a backslash");
        }

        var e = _s[_pos];
        switch (e)
        {
            case 'b': sb.Append('\b'); _pos++; break;
            case 'f': sb.Append('\f'); _pos++; break;
            case 'n': sb.Append('\n'); _pos++; break;
            case 'r': sb.Append('\r'); _pos++; break;
            case 't': sb.Append('\t'); _pos++; break;
            case 'v': sb.Append('\v'); _pos++; break;
            case '0':
                if (_pos + 1 < _s.Length && char.IsAsciiDigit(_s[_pos + 1]))
                {
                    throw Error("invalid escape: \\0 may not be followed by a digit");
                }

                sb.Append('\0');
                _pos++;
                break;
            case >= '1' and <= '9':
                throw Error($"invalid escape '\\{e}': octal and digit escapes are not JSON5");
            case 'x':
                sb.Append((char)ReadHex(2));
                break;
            case 'u':
                sb.Append((char)ReadHex(4));
                break;
            case '\r':
                _pos++;
                if (_pos < _s.Length && _s[_pos] == '\n')
                {
                    _pos++;
                }

                NewLine();
                break;
            case '\n':
            case '\u2028':
            case '\u2029':
                _pos++;
                NewLine();
                break;
            default:
                // Any other character escapes to itself ("\q" is "q"), as in ECMAScript.
                sb.Append(e);
                _pos++;
                break;
        }
    }

    private int ReadHex(int count)
    {
        // _pos at 'x' or 'u'
        var letter = _s[_pos];
        _pos++;
        var v = 0;
        for (var i = 0; i < count; i++)
        {
            if (_pos + i >= _s.Length)
            {
                throw Error($"invalid escape \\{letter}: expected {count} hex digits, found the end of input");
            }

            var h = _s[_pos + i];
            if (!char.IsAsciiHexDigit(h))
            {
                _pos += i;
                throw Error($"invalid escape \\{letter}: expected {count} hex digits, found {Describe(h)}");
            }

            v = (v * 16) + HexValue(h);
        }

        _pos += count;
        return v;
    }

    /// <summary>Reads an ES5 IdentifierName with \u escapes decoded, validating each code point.</summary>
    private string ReadIdentifier()
    {
        var start = _pos;
        StringBuilder? sb = null;
        var first = true;
        while (_pos < _s.Length)
        {
            if (_s[_pos] == '\\')
            {
                if (_pos + 1 >= _s.Length || _s[_pos + 1] != 'u')
                {
                    throw Error("invalid escape in a property name: only \\uXXXX is allowed");
                }

                sb ??= new StringBuilder().Append(_s, start, _pos - start);
                _pos++;
                var ch = (char)ReadHex(4);
                if (first ? !Json5Chars.IsIdentifierStart(ch) : !Json5Chars.IsIdentifierPart(ch))
                {
                    throw Error($"invalid character U+{(int)ch:X4} from an escape in a property name");
                }

                sb.Append(ch);
            }
            else
            {
                var (cp, len) = Json5Chars.CodePointAt(_s, _pos);
                if (first ? !Json5Chars.IsIdentifierStart(cp) : !Json5Chars.IsIdentifierPart(cp))
                {
                    break;
                }

                sb?.Append(_s, _pos, len);
                _pos += len;
            }

            first = false;
        }

        return sb?.ToString() ?? _s[start.._pos];
    }

    private static int HexValue(char h) => h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10;
}

using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Chitin.Audit.Json5;

/// <summary>
/// A complete JSON5 reader (https://spec.json5.org/, ES5.1 lexical grammar). Every value keeps its span;
/// every error names file, line and column. Recursion is bounded by <see cref="Json5Options.MaxDepth"/>.
/// </summary>
public static class Json5Reader
{
    public static Json5Document ParseFile(string path, Json5Options? options = null)
    {
        options ??= Json5Options.Default;
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new Json5Exception(path, 0, 0, "file not found");
            }

            if (info.Length > options.MaxBytes)
            {
                throw new Json5Exception(path, 1, 1, $"file is {Bytes(info.Length)}, larger than the {Bytes(options.MaxBytes)} limit for a config file");
            }

            var bytes = File.ReadAllBytes(path);
            return ParseBytes(bytes, path, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new Json5Exception(path, 0, 0, "cannot read file: " + e.Message);
        }
    }

    public static Json5Document ParseBytes(ReadOnlySpan<byte> bytes, string path, Json5Options? options = null)
    {
        options ??= Json5Options.Default;
        if (bytes.Length > options.MaxBytes)
        {
            throw new Json5Exception(path, 1, 1, $"input is {Bytes(bytes.Length)}, larger than the {Bytes(options.MaxBytes)} limit");
        }

        var chars = ArrayPool<char>.Shared.Rent(Math.Max(16, bytes.Length));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var prefix = Encoding.UTF8.GetString(bytes[..read]);
                var (line, col) = Json5Lines.Position(prefix, prefix.Length);
                throw new Json5Exception(path, line, col, $"invalid UTF-8 at byte {read} (0x{bytes[read]:X2}); save the file as UTF-8");
            }

            return Parse(new string(chars, 0, written), path, options);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    public static Json5Document Parse(string text, string path = "<input>", Json5Options? options = null)
    {
        options ??= Json5Options.Default;
        var doc = new Json5Document(path, text);
        var parser = new Parser(text, doc, options);
        doc.Root = parser.ParseDocument();
        return doc;
    }

    internal static string Bytes(long n) =>
        n >= 1024 * 1024 ? (n / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB" : (n / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KB";

    private sealed class Parser(string text, Json5Document doc, Json5Options options)
    {
        private readonly string _s = text;
        private int _pos;
        private int _line = 1;
        private int _lineStart;
        private int _depth;

        public J5Node ParseDocument()
        {
            if (_s.Length > 0 && _s[0] == '\uFEFF')
            {
                _pos = 1;
                _lineStart = 1;
            }

            SkipTrivia();
            if (_pos >= _s.Length)
            {
                throw Error("empty document: expected a value");
            }

            var v = ParseValue();
            SkipTrivia();
            if (_pos < _s.Length)
            {
                throw Error($"unexpected {Describe(_s[_pos])} after the end of the value");
            }

            return v;
        }

        private J5Node ParseValue()
        {
            var c = _s[_pos];
            switch (c)
            {
                case '{':
                    return ParseObject();
                case '[':
                    return ParseArray();
                case '"':
                case '\'':
                    {
                        var (start, line, col) = Mark();
                        var str = ReadString();
                        return new J5String(str, new SourceSpan(start, _pos, line, col), doc);
                    }

                default:
                    if (c is '-' or '+' or '.' or (>= '0' and <= '9'))
                    {
                        return ParseNumber();
                    }

                    if (IsIdentifierStart(c) || c == '\\')
                    {
                        return ParseLiteral();
                    }

                    throw Error($"unexpected {Describe(c)}: expected a value");
            }
        }

        private J5Node ParseLiteral()
        {
            var (start, line, col) = Mark();
            var word = ReadIdentifierRaw();
            var span = new SourceSpan(start, _pos, line, col);
            return word switch
            {
                "null" => new J5Null(span, doc),
                "true" => new J5Bool(true, span, doc),
                "false" => new J5Bool(false, span, doc),
                "Infinity" => new J5Number(double.PositiveInfinity, word, span, doc),
                "NaN" => new J5Number(double.NaN, word, span, doc),
                _ => throw ErrorAt(start, line, col, $"unexpected identifier '{Trim(word)}': expected a value (strings need quotes)"),
            };
        }

        private J5Object ParseObject()
        {
            var (start, line, col) = Mark();
            Enter(line, col);
            _pos++;
            var props = new List<J5Property>();
            while (true)
            {
                SkipTrivia();
                if (_pos >= _s.Length)
                {
                    throw ErrorAt(start, line, col, "unterminated object: missing '}'");
                }

                if (_s[_pos] == '}')
                {
                    _pos++;
                    break;
                }

                var (ks, kl, kc) = Mark();
                string key;
                var k = _s[_pos];
                if (k is '"' or '\'')
                {
                    key = ReadString();
                }
                else if (IsIdentifierStart(k) || k == '\\')
                {
                    key = ReadIdentifier();
                }
                else
                {
                    throw Error($"unexpected {Describe(k)}: expected a property name or '}}'");
                }

                var keySpan = new SourceSpan(ks, _pos, kl, kc);
                SkipTrivia();
                if (_pos >= _s.Length || _s[_pos] != ':')
                {
                    throw Error(_pos >= _s.Length ? $"unexpected end of input: expected ':' after property '{Trim(key)}'" : $"unexpected {Describe(_s[_pos])}: expected ':' after property '{Trim(key)}'");
                }

                _pos++;
                SkipTrivia();
                if (_pos >= _s.Length)
                {
                    throw Error($"unexpected end of input: expected a value for '{Trim(key)}'");
                }

                var value = ParseValue();
                props.Add(new J5Property(key, keySpan, value));
                SkipTrivia();
                if (_pos >= _s.Length)
                {
                    throw ErrorAt(start, line, col, "unterminated object: missing '}'");
                }

                if (_s[_pos] == ',')
                {
                    _pos++;
                    continue;
                }

                if (_s[_pos] == '}')
                {
                    _pos++;
                    break;
                }

                throw Error($"unexpected {Describe(_s[_pos])}: expected ',' or '}}' after the value of '{Trim(key)}'");
            }

            _depth--;
            return new J5Object(props, new SourceSpan(start, _pos, line, col), doc);
        }

        private J5Array ParseArray()
        {
            var (start, line, col) = Mark();
            Enter(line, col);
            _pos++;
            var items = new List<J5Node>();
            while (true)
            {
                SkipTrivia();
                if (_pos >= _s.Length)
                {
                    throw ErrorAt(start, line, col, "unterminated array: missing ']'");
                }

                if (_s[_pos] == ']')
                {
                    _pos++;
                    break;
                }

                items.Add(ParseValue());
                SkipTrivia();
                if (_pos >= _s.Length)
                {
                    throw ErrorAt(start, line, col, "unterminated array: missing ']'");
                }

                if (_s[_pos] == ',')
                {
                    _pos++;
                    continue;
                }

                if (_s[_pos] == ']')
                {
                    _pos++;
                    break;
                }

                throw Error($"unexpected {Describe(_s[_pos])}: expected ',' or ']' in array");
            }

            _depth--;
            return new J5Array(items, new SourceSpan(start, _pos, line, col), doc);
        }

        private void Enter(int line, int col)
        {
            if (++_depth > options.MaxDepth)
            {
                throw new Json5Exception(doc.Path, line, col, $"nesting deeper than {options.MaxDepth} levels; refusing to read further");
            }
        }

        private J5Number ParseNumber()
        {
            var (start, line, col) = Mark();
            var negative = false;
            if (_s[_pos] is '+' or '-')
            {
                negative = _s[_pos] == '-';
                _pos++;
            }

            if (_pos >= _s.Length)
            {
                throw Error("unexpected end of input in a number");
            }

            double value;
            if (_s[_pos] == 'I' || _s[_pos] == 'N')
            {
                var word = ReadIdentifierRaw();
                value = word switch
                {
                    "Infinity" => double.PositiveInfinity,
                    "NaN" => double.NaN,
                    _ => throw ErrorAt(start, line, col, $"invalid number '{Trim(word)}'"),
                };
            }
            else if (_s[_pos] == '0' && _pos + 1 < _s.Length && (_s[_pos + 1] is 'x' or 'X'))
            {
                _pos += 2;
                var ds = _pos;
                while (_pos < _s.Length && char.IsAsciiHexDigit(_s[_pos]))
                {
                    _pos++;
                }

                if (_pos == ds)
                {
                    throw Error("invalid hexadecimal number: expected hex digits after 0x");
                }

                value = 0;
                for (var i = ds; i < _pos; i++)
                {
                    value = (value * 16) + HexValue(_s[i]);
                }
            }
            else
            {
                var ns = _pos;
                var intDigits = 0;
                if (_pos < _s.Length && _s[_pos] == '0')
                {
                    _pos++;
                    intDigits = 1;
                    if (_pos < _s.Length && char.IsAsciiDigit(_s[_pos]))
                    {
                        throw Error("invalid number: leading zeros are not allowed (octal is not JSON5)");
                    }
                }
                else
                {
                    while (_pos < _s.Length && char.IsAsciiDigit(_s[_pos]))
                    {
                        _pos++;
                        intDigits++;
                    }
                }

                var fracDigits = 0;
                if (_pos < _s.Length && _s[_pos] == '.')
                {
                    _pos++;
                    while (_pos < _s.Length && char.IsAsciiDigit(_s[_pos]))
                    {
                        _pos++;
                        fracDigits++;
                    }
                }

                if (intDigits == 0 && fracDigits == 0)
                {
                    throw ErrorAt(start, line, col, "invalid number: expected digits");
                }

                if (_pos < _s.Length && (_s[_pos] is 'e' or 'E'))
                {
                    _pos++;
                    if (_pos < _s.Length && (_s[_pos] is '+' or '-'))
                    {
                        _pos++;
                    }

                    var es = _pos;
                    while (_pos < _s.Length && char.IsAsciiDigit(_s[_pos]))
                    {
                        _pos++;
                    }

                    if (_pos == es)
                    {
                        throw Error("invalid number: expected digits in the exponent");
                    }
                }

                value = double.Parse(_s.AsSpan(ns, _pos - ns), NumberStyles.Float, CultureInfo.InvariantCulture);
            }

            if (_pos < _s.Length && (IsIdentifierPart(_s[_pos]) || _s[_pos] == '\\'))
            {
                throw Error($"unexpected {Describe(_s[_pos])} right after a number");
            }

            return new J5Number(negative ? -value : value, _s[start.._pos], new SourceSpan(start, _pos, line, col), doc);
        }

        private string ReadString()
        {
            var (start, line, col) = Mark();
            var quote = _s[_pos++];
            StringBuilder? sb = null;
            var runStart = _pos;
            while (true)
            {
                if (_pos >= _s.Length)
                {
                    throw ErrorAt(start, line, col, "unterminated string: missing closing quote");
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
                    throw Error("unterminated string: a line break inside a string must be escaped");
                }

                if (c == '\u2028' || c == '\u2029')
                {
                    // Allowed unescaped in JSON5 strings; still a line terminator for positions.
                    _pos++;
                    NewLine();
                    continue;
                }

                if (c != '\\')
                {
                    _pos++;
                    continue;
                }

                sb ??= new StringBuilder();
                sb.Append(_s, runStart, _pos - runStart);
                _pos++;
                if (_pos >= _s.Length)
                {
                    throw ErrorAt(start, line, col, "unterminated string: missing closing quote");
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
                        sb.Append(e);
                        _pos++;
                        break;
                }

                runStart = _pos;
            }
        }

        private int ReadHex(int count)
        {
            // _pos at 'x' or 'u'
            _pos++;
            if (_pos + count > _s.Length)
            {
                throw Error($"invalid escape: expected {count} hex digits");
            }

            var v = 0;
            for (var i = 0; i < count; i++)
            {
                var h = _s[_pos + i];
                if (!char.IsAsciiHexDigit(h))
                {
                    throw Error($"invalid escape: expected {count} hex digits, found {Describe(h)}");
                }

                v = (v * 16) + HexValue(h);
            }

            _pos += count;
            return v;
        }

        /// <summary>Reads an ES5 IdentifierName with \u escapes decoded, validating each character.</summary>
        private string ReadIdentifier()
        {
            var sb = new StringBuilder();
            var first = true;
            while (_pos < _s.Length)
            {
                var c = _s[_pos];
                if (c == '\\')
                {
                    if (_pos + 1 >= _s.Length || _s[_pos + 1] != 'u')
                    {
                        throw Error("invalid identifier escape: expected \\uXXXX");
                    }

                    _pos++;
                    var ch = (char)ReadHex(4);
                    if (first ? !IsIdentifierStart(ch) : !IsIdentifierPart(ch))
                    {
                        throw Error($"invalid identifier character U+{(int)ch:X4} from an escape");
                    }

                    sb.Append(ch);
                }
                else if (first ? IsIdentifierStart(c) : IsIdentifierPart(c))
                {
                    sb.Append(c);
                    _pos++;
                    if (char.IsHighSurrogate(c) && _pos < _s.Length && char.IsLowSurrogate(_s[_pos]))
                    {
                        sb.Append(_s[_pos]);
                        _pos++;
                    }
                }
                else
                {
                    break;
                }

                first = false;
            }

            return sb.ToString();
        }

        private string ReadIdentifierRaw()
        {
            var s = _pos;
            while (_pos < _s.Length && (IsIdentifierPart(_s[_pos]) || _s[_pos] == '\\'))
            {
                _pos++;
            }

            return _s[s.._pos];
        }

        private void SkipTrivia()
        {
            while (_pos < _s.Length)
            {
                var c = _s[_pos];
                if (c == '\n' || c == '\u2028' || c == '\u2029')
                {
                    _pos++;
                    NewLine();
                }
                else if (c == '\r')
                {
                    _pos++;
                    if (_pos < _s.Length && _s[_pos] == '\n')
                    {
                        _pos++;
                    }

                    NewLine();
                }
                else if (c is ' ' or '\t' or '\v' or '\f' or '\u00A0' or '\uFEFF' || (c > 127 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator))
                {
                    _pos++;
                }
                else if (c == '/' && _pos + 1 < _s.Length && _s[_pos + 1] == '/')
                {
                    _pos += 2;
                    while (_pos < _s.Length && !Json5Lines.IsLineTerminator(_s[_pos]))
                    {
                        _pos++;
                    }
                }
                else if (c == '/' && _pos + 1 < _s.Length && _s[_pos + 1] == '*')
                {
                    var (st, l, co) = Mark();
                    _pos += 2;
                    while (true)
                    {
                        if (_pos >= _s.Length)
                        {
                            throw ErrorAt(st, l, co, "unterminated block comment: missing '*/'");
                        }

                        var d = _s[_pos];
                        if (d == '*' && _pos + 1 < _s.Length && _s[_pos + 1] == '/')
                        {
                            _pos += 2;
                            break;
                        }

                        _pos++;
                        if (d == '\r' && _pos < _s.Length && _s[_pos] == '\n')
                        {
                            _pos++;
                            NewLine();
                        }
                        else if (Json5Lines.IsLineTerminator(d))
                        {
                            NewLine();
                        }
                    }
                }
                else if (c == '/')
                {
                    throw Error("unexpected '/': comments start with // or /*");
                }
                else
                {
                    return;
                }
            }
        }

        private void NewLine()
        {
            _line++;
            _lineStart = _pos;
        }

        private (int Start, int Line, int Col) Mark() => (_pos, _line, _pos - _lineStart + 1);

        private Json5Exception Error(string reason) => new(doc.Path, _line, _pos - _lineStart + 1, reason);

        private Json5Exception ErrorAt(int start, int line, int col, string reason)
        {
            _ = start;
            return new Json5Exception(doc.Path, line, col, reason);
        }

        private static int HexValue(char h) => h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10;

        private static string Trim(string s) => s.Length > 40 ? s[..40] + "…" : s;

        private static string Describe(char c) => c switch
        {
            _ when c < 32 || c == 127 => $"control character U+{(int)c:X4}",
            '\'' => "\"'\"",
            _ when char.IsSurrogate(c) => "character",
            _ => $"'{c}'",
        };
    }

    internal static bool IsIdentifierStart(char c)
    {
        if (c is '$' or '_' || char.IsAsciiLetter(c))
        {
            return true;
        }

        if (c < 128)
        {
            return false;
        }

        if (char.IsHighSurrogate(c))
        {
            return true;
        }

        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;
    }

    internal static bool IsIdentifierPart(char c)
    {
        if (IsIdentifierStart(c) || char.IsAsciiDigit(c))
        {
            return true;
        }

        if (c < 128)
        {
            return false;
        }

        if (c is '\u200C' or '\u200D' || char.IsLowSurrogate(c))
        {
            return true;
        }

        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;
    }
}

namespace Chitin.Audit.Json5;

/// <summary>
/// The JSON5 grammar over one text. Objects and arrays are parsed with an explicit stack of open containers
/// instead of recursion: however deep the input, the reader fails with a <see cref="Json5Exception"/> at
/// <see cref="Json5Options.MaxDepth"/>, never with a stack overflow.
/// </summary>
internal sealed partial class Json5Parser(string text, Json5Document doc, Json5Options options)
{
    private readonly string _s = text;
    private readonly List<Container> _open = [];
    private int _pos;
    private int _line = 1;
    private int _lineStart;

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

    /// <summary>Parses one value starting at <see cref="_pos"/> (trivia skipped, not at the end).</summary>
    private J5Node ParseValue()
    {
        var depth = 0;
        while (true)
        {
            J5Node node;
            var c = _s[_pos];
            if (c is '{' or '[')
            {
                var open = Open(c == '{', depth++);
                SkipTrivia();
                if (_pos >= _s.Length)
                {
                    throw Unterminated(open);
                }

                if (_s[_pos] != open.Close)
                {
                    if (open.IsObject)
                    {
                        ReadKeyAndColon(open);
                    }

                    continue;
                }

                _pos++;
                depth--;
                node = Close(open);
            }
            else
            {
                node = ParseScalar(c);
            }

            // Hand the finished value to the containers it completes, until one wants another value.
            while (true)
            {
                if (depth == 0)
                {
                    return node;
                }

                var top = _open[depth - 1];
                if (top.IsObject)
                {
                    top.Properties!.Add(new J5Property(top.Key, top.KeySpan, node));
                }
                else
                {
                    top.Items!.Add(node);
                }

                SkipTrivia();
                if (_pos >= _s.Length)
                {
                    throw Unterminated(top);
                }

                var d = _s[_pos];
                if (d == ',')
                {
                    _pos++;
                    SkipTrivia();
                    if (_pos >= _s.Length)
                    {
                        throw Unterminated(top);
                    }

                    if (_s[_pos] != top.Close)
                    {
                        if (top.IsObject)
                        {
                            ReadKeyAndColon(top);
                        }

                        break;
                    }
                }
                else if (d != top.Close)
                {
                    throw Error(top.IsObject
                        ? $"unexpected {Describe(d)}: expected ',' or '}}' after the value of '{Trim(top.Key)}' (missing comma?)"
                        : $"unexpected {Describe(d)}: expected ',' or ']' after an array element (missing comma?)");
                }

                _pos++;
                depth--;
                node = Close(top);
            }
        }
    }

    private Container Open(bool isObject, int depth)
    {
        var (start, line, col) = Mark();
        if (depth >= options.MaxDepth)
        {
            throw new Json5Exception(doc.Path, line, col, $"nesting deeper than {options.MaxDepth} levels; refusing to read further");
        }

        if (depth == _open.Count)
        {
            _open.Add(new Container());
        }

        var c = _open[depth];
        c.IsObject = isObject;
        c.Close = isObject ? '}' : ']';
        c.Start = start;
        c.Line = line;
        c.Column = col;
        c.Properties = isObject ? [] : null;
        c.Items = isObject ? null : [];
        c.Key = string.Empty;
        _pos++;
        return c;
    }

    private J5Node Close(Container c)
    {
        var span = new SourceSpan(c.Start, _pos, c.Line, c.Column);
        J5Node node = c.IsObject ? J5Object.Adopt(c.Properties!, span, doc) : J5Array.Adopt(c.Items!, span, doc);
        c.Properties = null;
        c.Items = null;
        return node;
    }

    /// <summary>Reads a property name and its ':' and leaves the position at the start of the value.</summary>
    private void ReadKeyAndColon(Container obj)
    {
        var (ks, kl, kc) = Mark();
        string key;
        var k = _s[_pos];
        if (k is '"' or '\'')
        {
            key = ReadString();
        }
        else if (k == '\\' || Json5Chars.IsIdentifierStart(Json5Chars.CodePointAt(_s, _pos).CodePoint))
        {
            key = ReadIdentifier();
        }
        else
        {
            throw Error(k is ',' ? "unexpected ',': expected a property name or '}' (extra comma?)" : $"unexpected {Describe(k)}: expected a property name or '}}'");
        }

        obj.Key = key;
        obj.KeySpan = new SourceSpan(ks, _pos, kl, kc);
        SkipTrivia();
        if (_pos >= _s.Length || _s[_pos] != ':')
        {
            throw Error(_pos >= _s.Length
                ? $"unexpected end of input: expected ':' after property '{Trim(key)}'"
                : $"unexpected {Describe(_s[_pos])}: expected ':' after property '{Trim(key)}'");
        }

        _pos++;
        SkipTrivia();
        if (_pos >= _s.Length)
        {
            throw Error($"unexpected end of input: expected a value for '{Trim(key)}'");
        }
    }

    private Json5Exception Unterminated(Container c) =>
        new(doc.Path, c.Line, c.Column, c.IsObject
            ? $"unterminated object: missing '}}' (input ends at line {_line})"
            : $"unterminated array: missing ']' (input ends at line {_line})");

    private void SkipTrivia()
    {
        while (_pos < _s.Length)
        {
            var c = _s[_pos];
            if (c is ' ' or '\t')
            {
                _pos++;
            }
            else if (c == '\n')
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
            else if (c == '/')
            {
                SkipComment();
            }
            else if (c is '\u2028' or '\u2029')
            {
                _pos++;
                NewLine();
            }
            else if (Json5Chars.IsWhiteSpace(c))
            {
                _pos++;
            }
            else
            {
                return;
            }
        }
    }

    private void SkipComment()
    {
        var (_, l, co) = Mark();
        if (_pos + 1 < _s.Length && _s[_pos + 1] == '/')
        {
            _pos += 2;
            while (_pos < _s.Length && !Json5Lines.IsLineTerminator(_s[_pos]))
            {
                _pos++;
            }

            return;
        }

        if (_pos + 1 >= _s.Length || _s[_pos + 1] != '*')
        {
            throw Error("unexpected '/': comments start with // or /*");
        }

        _pos += 2;
        while (true)
        {
            if (_pos >= _s.Length)
            {
                throw new Json5Exception(doc.Path, l, co, "unterminated block comment: missing '*/'");
            }

            var d = _s[_pos++];
            if (d == '*' && _pos < _s.Length && _s[_pos] == '/')
            {
                _pos++;
                return;
            }

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

    private void NewLine()
    {
        _line++;
        _lineStart = _pos;
    }

    private (int Start, int Line, int Col) Mark() => (_pos, _line, _pos - _lineStart + 1);

    private Json5Exception Error(string reason) => new(doc.Path, _line, _pos - _lineStart + 1, reason);

    private Json5Exception ErrorAt(int line, int col, string reason) => new(doc.Path, line, col, reason);

    private static string Trim(string s) => s.Length > 40 ? s[..40] + "…" : s;

    private static string Describe(char c) => c switch
    {
        _ when c < 32 || c == 127 => $"control character U+{(int)c:X4}",
        '\'' => "\"'\"",
        _ when char.IsSurrogate(c) => $"character U+{(int)c:X4}",
        _ when c > 127 && (Json5Chars.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format) => $"character U+{(int)c:X4}",
        _ => $"'{c}'",
    };

    /// <summary>An object or array being read; instances are reused per depth.</summary>
    private sealed class Container
    {
        public bool IsObject;
        public char Close;
        public int Start;
        public int Line;
        public int Column;
        public List<J5Property>? Properties;
        public List<J5Node>? Items;
        public string Key = string.Empty;
        public SourceSpan KeySpan;
    }
}

using Chitin.Audit.Json5;

namespace Chitin.Audit.Tests.Json5;

/// <summary>Nodes know where they are (line, column, span, JSON path); errors say file:line:column and why.</summary>
public sealed class Json5PositionTests
{
    private const string Config = """
        // OpenClaw config
        {
          gateway: {
            bind: 'lan',
            auth: { token: "abc" },
          },
          agents: {
            list: [
              { id: "main" },
              { id: 'ops', "odd key": 0x1F },
            ],
          },
          'quoted.key': -Infinity,
        }
        """;

    [Fact]
    public void Nodes_carry_line_column_span_and_path()
    {
        var doc = Json5Reader.Parse(Config, "/etc/openclaw.json");
        var root = (J5Object)doc.Root;
        Assert.Equal((2, 1), (root.Line, root.Column));
        Assert.Equal(string.Empty, root.Path);
        Assert.Null(root.Parent);

        var gateway = (J5Object)root["gateway"]!;
        var bind = gateway["bind"]!;
        Assert.Equal((4, 11), (bind.Line, bind.Column));
        Assert.Equal("gateway.bind", bind.Path);
        Assert.Equal("'lan'", bind.SourceText);
        Assert.Equal("/etc/openclaw.json", bind.FilePath);
        Assert.Same(gateway, bind.Parent);
        Assert.Equal("bind", bind.Key);

        var token = ((J5Object)gateway["auth"]!)["token"]!;
        Assert.Equal((5, 20), (token.Line, token.Column));
        Assert.Equal("gateway.auth.token", token.Path);

        var list = (J5Array)((J5Object)root["agents"]!)["list"]!;
        var second = (J5Object)list[1];
        Assert.Equal(1, second.Index);
        Assert.Equal("agents.list[1]", second.Path);
        Assert.Equal((10, 7), (second.Line, second.Column));
        var id = second["id"]!;
        Assert.Equal("agents.list[1].id", id.Path);
        Assert.Equal((10, 13), (id.Line, id.Column));
        var odd = (J5Number)second["odd key"]!;
        Assert.Equal("agents.list[1][\"odd key\"]", odd.Path);
        Assert.Equal(31.0, odd.Value);
        Assert.Equal("0x1F", odd.Raw);
        Assert.Equal((10, 31), (odd.Line, odd.Column));

        var keySpan = second.Property("odd key")!.KeySpan;
        Assert.Equal("\"odd key\"", Config.Substring(keySpan.Start, keySpan.Length));
        Assert.Equal((10, 20), (keySpan.Line, keySpan.Column));

        var quoted = (J5Number)root["quoted.key"]!;
        Assert.Equal("[\"quoted.key\"]", quoted.Path);
        Assert.Equal("-Infinity", quoted.SourceText);
        Assert.Equal((13, 17), (quoted.Line, quoted.Column));
    }

    [Fact]
    public void Span_positions_agree_with_the_document_position_arithmetic()
    {
        var text = "{\r\n  a: 'x\\\r\ny',\u2028  b: [1,\r 2], /* c\n */ c: null\n}";
        var doc = Json5Reader.Parse(text);
        foreach (var node in Walk(doc.Root))
        {
            Assert.Equal(doc.Position(node.Span.Start), (node.Line, node.Column));
        }

        var root = (J5Object)doc.Root;
        Assert.Equal((2, 6), (root["a"]!.Line, root["a"]!.Column));
        Assert.Equal((4, 6), (root["b"]!.Line, root["b"]!.Column));
        Assert.Equal((5, 2), (((J5Array)root["b"]!)[1].Line, ((J5Array)root["b"]!)[1].Column));
        Assert.Equal((6, 8), (root["c"]!.Line, root["c"]!.Column));
    }

    [Fact]
    public void A_byte_order_mark_is_not_a_column()
    {
        var doc = Json5Reader.Parse("\uFEFF{a: 1}");
        Assert.Equal((1, 1), (doc.Root.Line, doc.Root.Column));
        Assert.Equal((1, 5), (((J5Object)doc.Root)["a"]!.Line, ((J5Object)doc.Root)["a"]!.Column));
        Assert.Equal((1, 5), doc.Position(((J5Object)doc.Root)["a"]!.Span.Start));
    }

    [Theory]
    [InlineData("{\n  a: 1\n  b: 2\n}", 3, 3, "expected ',' or '}' after the value of 'a' (missing comma?)")]
    [InlineData("[\n  true\n  false\n]", 3, 3, "expected ',' or ']' after an array element (missing comma?)")]
    [InlineData("{\n  a: 'abc\n}", 2, 10, "unterminated string: a line break inside a string must be escaped")]
    [InlineData("{\n  a: \"abc", 2, 6, "unterminated string: missing closing quote")]
    [InlineData("{ a: '\\x4g' }", 1, 10, "invalid escape \\x: expected 2 hex digits, found 'g'")]
    [InlineData("{ a: '\\u12' }", 1, 11, "invalid escape \\u: expected 4 hex digits, found \"'\"")]
    [InlineData("['\\1']", 1, 4, "invalid escape '\\1'")]
    [InlineData("{\n  a: [1, 2,\n", 2, 6, "unterminated array: missing ']'")]
    [InlineData("{\n  a: 1,\n", 1, 1, "unterminated object: missing '}'")]
    [InlineData("{ a: 1 } x", 1, 10, "unexpected 'x' after the end of the value")]
    [InlineData("{ a b: 1 }", 1, 5, "expected ':' after property 'a'")]
    [InlineData("{ 1a: 1 }", 1, 3, "expected a property name")]
    [InlineData("{ ,a: 1 }", 1, 3, "expected a property name or '}' (extra comma?)")]
    [InlineData("[1,,2]", 1, 4, "unexpected ',': expected a value (extra comma?)")]
    [InlineData("{ a: lan }", 1, 6, "unexpected identifier 'lan': expected a value (strings need quotes)")]
    [InlineData("{ a: 012 }", 1, 7, "leading zeros are not allowed")]
    [InlineData("{ a: 0x }", 1, 8, "expected hex digits after 0x")]
    [InlineData("{ a: 1e }", 1, 8, "expected digits in the exponent")]
    [InlineData("{ a: 1 /* open", 1, 8, "unterminated block comment")]
    [InlineData("{ a: 1 / 2 }", 1, 8, "comments start with // or /*")]
    [InlineData("// nothing\n", 2, 1, "empty document: expected a value")]
    [InlineData("", 1, 1, "empty document")]
    [InlineData("{ \\u0031: 1 }", 1, 9, "invalid character U+0031 from an escape in a property name")]
    [InlineData("{ a\\x41: 1 }", 1, 4, "only \\uXXXX is allowed")]
    [InlineData("[1a]", 1, 3, "unexpected 'a' right after a number")]
    [InlineData("{ 😀: 1 }", 1, 3, "expected a property name")]
    public void Errors_name_the_position_and_the_reason(string text, int line, int column, string reason)
    {
        var e = Assert.Throws<Json5Exception>(() => Json5Reader.Parse(text, "/cfg/openclaw.json"));
        Assert.Equal("/cfg/openclaw.json", e.File);
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.Equal($"/cfg/openclaw.json:{line}:{column}: {e.Reason}", e.Message);
    }

    [Fact]
    public void File_errors_name_the_file()
    {
        var dir = Directory.CreateTempSubdirectory("chitin-json5-");
        try
        {
            var path = Path.Combine(dir.FullName, "openclaw.json");
            File.WriteAllText(path, "{\n  gateway: { bind: 'lan' \n  auth: {} }\n}");
            var e = Assert.Throws<Json5Exception>(() => Json5Reader.ParseFile(path));
            Assert.Equal(path, e.File);
            Assert.Equal((3, 3), (e.Line, e.Column));
            Assert.StartsWith($"{path}:3:3: unexpected 'a': expected ','", e.Message, StringComparison.Ordinal);

            var missing = Assert.Throws<Json5Exception>(() => Json5Reader.ParseFile(Path.Combine(dir.FullName, "nope.json")));
            Assert.Contains("file not found", missing.Reason, StringComparison.Ordinal);
            var directory = Assert.Throws<Json5Exception>(() => Json5Reader.ParseFile(dir.FullName));
            Assert.Contains("is a directory", directory.Reason, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Duplicate_keys_keep_every_member_and_the_last_wins()
    {
        var root = (J5Object)Json5Reader.Parse("{ a: 1, b: 2, a: 3 }").Root;
        Assert.Equal(3, root.Properties.Count);
        Assert.Equal(2, root.Count);
        Assert.Equal(3.0, ((J5Number)root["a"]!).Value);
        Assert.Equal(["a", "b"], root.Keys);
        Assert.Equal(3.0, ((J5Number)root.Members.First().Value).Value);
        Assert.Same(root, root.Properties[0].Value.Parent);
    }

    internal static IEnumerable<J5Node> Walk(J5Node root)
    {
        var stack = new Stack<J5Node>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            yield return n;
            switch (n)
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
            }
        }
    }
}

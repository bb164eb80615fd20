using System.Diagnostics;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Tests.Json5;

/// <summary>OpenClaw <c>$include</c> resolution (openclaw.md §A.3) on real files in temp dirs.</summary>
public sealed class ConfigIncludesTests : IDisposable
{
    private readonly DirectoryInfo _tmp = Directory.CreateTempSubdirectory("chitin-includes-");

    private string ConfigDir => Path.Combine(_tmp.FullName, "state");

    public void Dispose() => _tmp.Delete(recursive: true);

    [Fact]
    public void A_single_include_is_merged_and_its_nodes_point_at_the_included_file()
    {
        var main = Write("state/openclaw.json", "{\n  gateway: { $include: './gateway.json5' },\n  agents: {},\n}");
        var gw = Write("state/gateway.json5", "// gateway\n{\n  bind: 'lan',\n  auth: { token: 'abc' },\n}");

        var r = ConfigIncludes.Load(main);

        Assert.Empty(r.Problems);
        Assert.Equal([gw], r.IncludedFiles);
        Assert.Equal([main, gw], r.Documents.Select(d => d.Path));
        var gateway = (J5Object)r.Root["gateway"]!;
        Assert.False(gateway.ContainsKey("$include"));
        var bind = gateway["bind"]!;
        Assert.Equal("lan", ((J5String)bind).Value);
        Assert.Equal(gw, bind.FilePath);
        Assert.Equal((3, 9), (bind.Line, bind.Column));
        Assert.Equal("'lan'", bind.SourceText);
        Assert.Equal("gateway.bind", bind.Path);
        Assert.Same(gateway, bind.Parent);
        Assert.Same(r.Root, gateway.Parent);
        var token = ((J5Object)gateway["auth"]!)["token"]!;
        Assert.Equal("gateway.auth.token", token.Path);
        Assert.Equal((4, 18), (token.Line, token.Column));
        Assert.Equal(main, r.Root["agents"]!.FilePath);
    }

    [Fact]
    public void An_array_of_includes_deep_merges_in_order_and_sibling_keys_override()
    {
        var main = Write("state/openclaw.json", """
            {
              $include: ['a.json5', 'b.json5'],
              x: 3,
              obj: { r: 'main' },
            }
            """);
        var a = Write("state/a.json5", "{ x: 1, obj: { p: 1, q: 1 }, list: [1, 2], onlyA: true }");
        var b = Write("state/b.json5", "{ x: 2, obj: { q: 2 }, list: [3] }");

        var r = ConfigIncludes.Load(main);

        Assert.Empty(r.Problems);
        Assert.Equal([a, b], r.IncludedFiles);
        Assert.Equal(
            "{\"list\":[n3ff0000000000000,n4000000000000000,n4008000000000000],\"obj\":{\"p\":n3ff0000000000000,\"q\":n4000000000000000,\"r\":\"main\"},\"onlyA\":true,\"x\":n4008000000000000}",
            CanonicalJson.Of(r.Root));
        var list = (J5Array)r.Root["list"]!;
        Assert.Equal([a, a, b], list.Items.Select(i => i.FilePath));
        Assert.Equal("list[2]", list[2].Path);
        Assert.Equal(2, list[2].Index);
        Assert.Same(list, list[2].Parent);
        var obj = (J5Object)r.Root["obj"]!;
        Assert.Equal(a, obj["p"]!.FilePath);
        Assert.Equal(b, obj["q"]!.FilePath);
        Assert.Equal(main, obj["r"]!.FilePath);
        Assert.Equal("obj.q", obj["q"]!.Path);
        Assert.Equal(main, r.Root["x"]!.FilePath);
        Assert.Equal((3, 6), (r.Root["x"]!.Line, r.Root["x"]!.Column));
    }

    [Fact]
    public void Nested_includes_resolve_relative_to_the_including_file()
    {
        var main = Write("state/openclaw.json", "{ channels: { $include: 'conf/channels.json5' } }");
        Write("state/conf/channels.json5", "{ telegram: { $include: './telegram.json5' }, slack: { enabled: false } }");
        var tg = Write("state/conf/telegram.json5", "{\n  allowFrom: ['*'],\n}");

        var r = ConfigIncludes.Load(main);

        Assert.Empty(r.Problems);
        var allow = (J5Array)((J5Object)((J5Object)r.Root["channels"]!)["telegram"]!)["allowFrom"]!;
        Assert.Equal("channels.telegram.allowFrom", allow.Path);
        Assert.Equal(tg, allow[0].FilePath);
        Assert.Equal((2, 15), (allow[0].Line, allow[0].Column));
        Assert.Equal("channels.telegram.allowFrom[0]", allow[0].Path);
    }

    [Fact]
    public void Ten_levels_of_includes_are_read_and_an_eleventh_is_a_problem()
    {
        var main = Write("state/openclaw.json", "{ $include: 'l1.json5', level: 0 }");
        for (var i = 1; i <= 11; i++)
        {
            Write($"state/l{i}.json5", i < 11 ? $"{{ $include: 'l{i + 1}.json5', l{i}: true }}" : "{ l11: true }");
        }

        var r = ConfigIncludes.Load(main);

        Assert.True(r.Root.ContainsKey("l10"));
        Assert.False(r.Root.ContainsKey("l11"));
        var p = Assert.Single(r.Problems);
        Assert.Contains("deeper than 10 levels", p.Message, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(ConfigDir, "l10.json5"), p.Path);
        Assert.Equal((1, 13), (p.Line, p.Column));
        Assert.True(p.Error);
        Assert.Equal(10, r.IncludedFiles.Count);
    }

    [Fact]
    public void Cycles_are_detected()
    {
        var main = Write("state/openclaw.json", "{ $include: 'a.json5', top: 1 }");
        Write("state/a.json5", "{ $include: 'b.json5', a: 1 }");
        Write("state/b.json5", "{\n  $include: ['a.json5', 'openclaw.json'],\n  b: 1,\n}");

        var r = ConfigIncludes.Load(main);

        Assert.Equal(["a", "b", "top"], r.Root.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2, r.Problems.Count);
        Assert.All(r.Problems, p => Assert.Contains("circular $include", p.Message, StringComparison.Ordinal));
        Assert.All(r.Problems, p => Assert.Equal((Path.Combine(ConfigDir, "b.json5"), 2), (p.Path, p.Line)));
        Assert.Equal((2, 14), (r.Problems[0].Line, r.Problems[0].Column));
        Assert.Equal((2, 25), (r.Problems[1].Line, r.Problems[1].Column));
    }

    [Fact]
    public void Paths_outside_the_config_directory_are_refused_unless_under_an_extra_root()
    {
        var shared = Write("shared/common.json5", "{ fromShared: true }");
        var main = Write("state/openclaw.json", "{\n  a: { $include: '../shared/common.json5' },\n  b: { $include: '/etc/passwd' },\n  c: 1,\n}");

        var r = ConfigIncludes.Load(main);

        Assert.Equal(2, r.Problems.Count);
        Assert.Contains($"resolves to {shared}, outside the config directory {ConfigDir}", r.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal((main, 2, 18), (r.Problems[0].Path, r.Problems[0].Line, r.Problems[0].Column));
        Assert.Contains("outside the config directory", r.Problems[1].Message, StringComparison.Ordinal);
        Assert.Empty(r.IncludedFiles);
        Assert.Equal(0, ((J5Object)r.Root["a"]!).Count);
        Assert.Equal(1.0, ((J5Number)r.Root["c"]!).Value);

        var allowed = ConfigIncludes.Load(main, [Path.Combine(_tmp.FullName, "shared")]);
        Assert.True(((J5Object)allowed.Root["a"]!).ContainsKey("fromShared"));
        Assert.Equal([shared], allowed.IncludedFiles);
        Assert.Contains("and the include roots", Assert.Single(allowed.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Symlinks_out_of_the_allowed_roots_are_never_followed()
    {
        var outside = Write("elsewhere/secret.json5", "{ stolen: true }");
        Write("elsewhere/dir/inner.json5", "{ stolen: true }");
        Write("state/real.json5", "{ fine: true }");
        File.CreateSymbolicLink(Path.Combine(ConfigDir, "link.json5"), outside);
        Directory.CreateSymbolicLink(Path.Combine(ConfigDir, "linkdir"), Path.Combine(_tmp.FullName, "elsewhere", "dir"));
        File.CreateSymbolicLink(Path.Combine(ConfigDir, "alias.json5"), "real.json5");
        var main = Write("state/openclaw.json", "{ a: { $include: 'link.json5' }, b: { $include: 'linkdir/inner.json5' }, c: { $include: 'alias.json5' } }");

        var r = ConfigIncludes.Load(main);

        Assert.Equal(2, r.Problems.Count);
        Assert.All(r.Problems, p => Assert.Contains("symlink", p.Message, StringComparison.Ordinal));
        Assert.Contains(outside, r.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal(0, ((J5Object)r.Root["a"]!).Count);
        Assert.Equal(0, ((J5Object)r.Root["b"]!).Count);
        Assert.True(((J5Object)r.Root["c"]!).ContainsKey("fine"));
        Assert.Equal([Path.Combine(ConfigDir, "alias.json5")], r.IncludedFiles);
        Assert.Equal(Path.Combine(ConfigDir, "alias.json5"), ((J5Object)r.Root["c"]!)["fine"]!.FilePath);

        var allowed = ConfigIncludes.Load(main, [Path.Combine(_tmp.FullName, "elsewhere")]);
        Assert.Empty(allowed.Problems);
        Assert.True(((J5Object)allowed.Root["a"]!).ContainsKey("stolen"));
    }

    [Fact]
    public void Missing_invalid_and_oversized_includes_are_problems_and_the_rest_survives()
    {
        var main = Write("state/openclaw.json", "{\n  a: { $include: 'missing.json5', keep: 1 },\n  b: { $include: 'broken.json5' },\n  c: { $include: 'huge.json5' },\n  d: 'kept',\n}");
        var broken = Write("state/broken.json5", "{\n  x: 1\n  y: 2\n}");
        Write("state/huge.json5", "[" + string.Concat(Enumerable.Repeat("1234567890,", 200_000)) + "]");

        var r = ConfigIncludes.Load(main);

        Assert.Equal(3, r.Problems.Count);
        Assert.Contains("file not found", r.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal((main, 2), (r.Problems[0].Path, r.Problems[0].Line));
        Assert.Contains("not valid JSON5", r.Problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("expected ','", r.Problems[1].Message, StringComparison.Ordinal);
        Assert.Equal((broken, 3, 3), (r.Problems[1].Path, r.Problems[1].Line, r.Problems[1].Column));
        Assert.Contains("larger than the 2.0 MB limit", r.Problems[2].Message, StringComparison.Ordinal);
        Assert.Equal(1.0, ((J5Number)((J5Object)r.Root["a"]!)["keep"]!).Value);
        Assert.Equal("kept", ((J5String)r.Root["d"]!).Value);
        Assert.Equal(3, r.IncludedFiles.Count);
        Assert.Single(r.Documents);
    }

    [Fact]
    public void Bad_directive_values_and_non_object_content_are_problems()
    {
        var main = Write("state/openclaw.json", """
            {
              a: { $include: 42 },
              b: { $include: ['ok.json5', 7] },
              c: { $include: 'list.json5', extra: 1 },
              agents: { list: { $include: 'list.json5' } },
              e: { $include: [] },
            }
            """);
        Write("state/ok.json5", "{ ok: true }");
        Write("state/list.json5", "[{ id: 'main' }, { id: 'ops' }]");

        var r = ConfigIncludes.Load(main);

        Assert.Equal(3, r.Problems.Count);
        Assert.Contains("must be a path or an array of paths, not a number", r.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("array items must be paths (strings), not a number", r.Problems[1].Message, StringComparison.Ordinal);
        Assert.Equal((3, 31), (r.Problems[1].Line, r.Problems[1].Column));
        Assert.Contains("need the included content to be an object, not an array", r.Problems[2].Message, StringComparison.Ordinal);
        Assert.True(((J5Object)r.Root["b"]!).ContainsKey("ok"));
        Assert.Equal(["extra"], ((J5Object)r.Root["c"]!).Keys);
        var list = Assert.IsType<J5Array>(((J5Object)r.Root["agents"]!)["list"]);
        Assert.Equal("agents.list[1].id", ((J5Object)list[1])["id"]!.Path);
        Assert.Equal(0, ((J5Object)r.Root["e"]!).Count);
    }

    [Fact]
    public void Without_includes_the_parsed_root_is_returned_as_is_and_originals_are_never_mutated()
    {
        var plain = Write("state/plain.json", "{ a: { b: 1 } }");
        var doc = Json5Reader.ParseFile(plain);
        var r = ConfigIncludes.Resolve(doc);
        Assert.Same(doc.Root, r.Root);
        Assert.Empty(r.IncludedFiles);
        Assert.Equal([doc], r.Documents);

        var main = Write("state/openclaw.json", "{ a: { $include: 'part.json5' }, b: { $include: 'part.json5' } }");
        Write("state/part.json5", "{ inner: { v: 1 } }");
        var merged = ConfigIncludes.Load(main);
        var part = merged.Documents[1];
        var partInner = ((J5Object)part.Root)["inner"]!;
        Assert.Same(part.Root, partInner.Parent);
        Assert.Equal("inner", partInner.Path);
        var a = ((J5Object)((J5Object)merged.Root["a"]!)["inner"]!)["v"]!;
        var b = ((J5Object)((J5Object)merged.Root["b"]!)["inner"]!)["v"]!;
        Assert.NotSame(a, b);
        Assert.Equal(("a.inner.v", "b.inner.v"), (a.Path, b.Path));
        Assert.Equal(a.Span, b.Span);
        Assert.Equal([Path.Combine(ConfigDir, "part.json5")], merged.IncludedFiles);
    }

    [Fact]
    public void An_unreadable_config_gives_an_empty_object_and_a_problem()
    {
        var main = Write("state/openclaw.json", "{ a: 1,, }");
        var r = ConfigIncludes.Load(main);
        Assert.Equal(0, r.Root.Count);
        var p = Assert.Single(r.Problems);
        Assert.Equal((main, 1, 8), (p.Path, p.Line, p.Column));
        Assert.Equal(ConfigIncludes.NotePart, p.Part);

        var top = Write("state/top.json", "{ $include: 'list.json5' }");
        Write("state/list.json5", "[1]");
        var r2 = ConfigIncludes.Load(top);
        Assert.Contains("top-level $include must produce an object", Assert.Single(r2.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_follows_OpenClaw_deepMerge()
    {
        var target = Json5Reader.Parse("{ a: [1], b: { c: 1, d: [1] }, e: 'x', f: { g: 1 } }").Root.DeepClone();
        var source = Json5Reader.Parse("{ a: [2], b: { d: [2], h: 2 }, e: { y: 1 }, f: 'z', __proto__: { polluted: true } }").Root.DeepClone();
        var merged = ConfigIncludes.Merge(target, source);
        Assert.Equal(
            "{\"a\":[n3ff0000000000000,n4000000000000000],\"b\":{\"c\":n3ff0000000000000,\"d\":[n3ff0000000000000,n4000000000000000],\"h\":n4000000000000000},\"e\":{\"y\":n3ff0000000000000},\"f\":\"z\"}",
            CanonicalJson.Of(merged));
    }

    [Fact]
    public void A_fifo_is_not_read()
    {
        if (!File.Exists("/usr/bin/mkfifo"))
        {
            return;
        }

        var fifo = Path.Combine(ConfigDir, "pipe.json5");
        Directory.CreateDirectory(ConfigDir);
        using (var p = Process.Start("/usr/bin/mkfifo", [fifo]))
        {
            p.WaitForExit();
        }

        var main = Write("state/openclaw.json", "{ a: { $include: 'pipe.json5' } }");
        var r = ConfigIncludes.Load(main);
        Assert.Contains("not a regular file", Assert.Single(r.Problems).Message, StringComparison.Ordinal);
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_tmp.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}

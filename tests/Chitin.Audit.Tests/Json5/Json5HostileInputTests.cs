using System.Diagnostics;
using System.Text;
using Chitin.Audit.Json5;
using Xunit.Abstractions;

namespace Chitin.Audit.Tests.Json5;

/// <summary>Hostile or broken input fails with a clear <see cref="Json5Exception"/>, never a crash, a hang or a stack overflow.</summary>
public sealed class Json5HostileInputTests(ITestOutputHelper output)
{
    private const int TenMegabytes = 10 * 1024 * 1024;

    [Fact]
    public void Ten_megabytes_are_refused_by_the_default_limit_without_parsing()
    {
        var bytes = Encoding.UTF8.GetBytes(BigDocument(TenMegabytes));
        var sw = Stopwatch.StartNew();
        var e = Assert.Throws<Json5Exception>(() => Json5Reader.ParseBytes(bytes, "big.json"));
        Assert.Contains("larger than the 2.0 MB limit", e.Reason, StringComparison.Ordinal);
        Assert.Equal(("big.json", 1, 1), (e.File, e.Line, e.Column));

        var text = Encoding.UTF8.GetString(bytes);
        var e2 = Assert.Throws<Json5Exception>(() => Json5Reader.Parse(text, "big.json"));
        Assert.Contains("larger than the 2.0 MB limit", e2.Reason, StringComparison.Ordinal);
        Assert.True(sw.ElapsedMilliseconds < 2000, $"refusing took {sw.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void The_limit_counts_utf8_bytes_not_chars()
    {
        // 1 MB of chars that take 3 bytes each in UTF-8: 3 MB on disk.
        var text = "\"" + new string('中', 1024 * 1024) + "\"";
        var e = Assert.Throws<Json5Exception>(() => Json5Reader.Parse(text));
        Assert.Contains("limit", e.Reason, StringComparison.Ordinal);
        Assert.IsType<J5String>(Json5Reader.Parse(text, options: new Json5Options { MaxBytes = 4 * 1024 * 1024 }).Root);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_and_a_device_is_not_read()
    {
        var dir = Directory.CreateTempSubdirectory("chitin-json5-");
        try
        {
            var path = Path.Combine(dir.FullName, "openclaw.json");
            File.WriteAllText(path, BigDocument(3 * 1024 * 1024));
            var e = Assert.Throws<Json5Exception>(() => Json5Reader.ParseFile(path));
            Assert.Equal(path, e.File);
            Assert.Contains("larger than the 2.0 MB limit for a config file", e.Reason, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }

        if (File.Exists("/dev/zero") && OperatingSystem.IsLinux())
        {
            var e = Assert.Throws<Json5Exception>(() => Json5Reader.ParseFile("/dev/zero"));
            Assert.Contains("not a regular file", e.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Ten_megabytes_parse_in_reasonable_time_with_a_raised_limit()
    {
        var bytes = Encoding.UTF8.GetBytes(BigDocument(TenMegabytes));
        var options = new Json5Options { MaxBytes = 16 * 1024 * 1024 };
        Json5Reader.Parse(TypicalConfig(1024));
        var cpu0 = ThreadCpuNanoseconds();
        var sw = Stopwatch.StartNew();
        var doc = Json5Reader.ParseBytes(bytes, "big.json", options);
        sw.Stop();
        var cpu = ThreadCpuNanoseconds() - cpu0 is { } ns ? TimeSpan.FromTicks(ns / 100) : sw.Elapsed;
        output.WriteLine($"10 MB document parsed in {cpu.TotalMilliseconds:0} ms CPU, {sw.ElapsedMilliseconds} ms wall");
        var root = Assert.IsType<J5Array>(doc.Root);
        Assert.True(root.Count > 50_000);
        var last = (J5Object)root[root.Count - 1];
        Assert.Equal($"[{root.Count - 1}]", last.Path);
        Assert.True(cpu < TimeSpan.FromSeconds(5), $"10 MB took {cpu.TotalMilliseconds:0} ms of CPU");
    }

    [Theory]
    [InlineData('[', ']')]
    [InlineData('{', '}')]
    public void Ten_thousand_levels_are_refused_clearly_at_the_default_depth(char open, char close)
    {
        var text = Nested(10_000, open, close);
        var e = Assert.Throws<Json5Exception>(() => Json5Reader.Parse(text, "deep.json"));
        Assert.Contains("nesting deeper than 256 levels", e.Reason, StringComparison.Ordinal);
        Assert.Equal(1, e.Line);
        Assert.True(e.Column > 256, $"column {e.Column}");
    }

    [Fact]
    public void Depth_is_not_bounded_by_the_stack()
    {
        // A thread with a 256 KB stack reads 10,000 and 300,000 levels when the options allow it:
        // the reader keeps open containers on the heap.
        Exception? failure = null;
        var t = new Thread(
            () =>
            {
                try
                {
                    foreach (var depth in new[] { 10_000, 300_000 })
                    {
                        var options = new Json5Options { MaxDepth = depth, MaxBytes = 64 * 1024 * 1024 };
                        var doc = Json5Reader.Parse(Nested(depth, '{', '}'), "deep.json", options);
                        var n = doc.Root;
                        var levels = 1;
                        while (n is J5Object o && o.Count > 0)
                        {
                            n = o["a"]!;
                            levels++;
                        }

                        Assert.Equal(depth, levels);
                        var e = Assert.Throws<Json5Exception>(() => Json5Reader.Parse(Nested(depth + 1, '[', ']'), "deep.json", options));
                        Assert.Contains($"nesting deeper than {depth} levels", e.Reason, StringComparison.Ordinal);
                    }
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            maxStackSize: 256 * 1024);
        t.Start();
        t.Join();
        Assert.Null(failure);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'{', (byte)'\n', (byte)' ', (byte)'a', (byte)':', (byte)' ', (byte)'\'', (byte)'x', 0xFF, (byte)'\'', (byte)'}' }, 2, 7, "byte 0xFF")]
    [InlineData(new byte[] { (byte)'"', 0xC0, 0xAF, (byte)'"' }, 1, 2, "byte 0xC0")]
    [InlineData(new byte[] { (byte)'"', 0xED, 0xA0, 0x80, (byte)'"' }, 1, 2, "byte 0xED")]
    [InlineData(new byte[] { (byte)'[', (byte)'\r', (byte)'\n', (byte)'"', 0xE4, 0xB8, 0xAD, 0xE2, 0x82 }, 2, 3, "byte 0xE2")]
    public void Invalid_utf8_is_refused_with_its_line(byte[] bytes, int line, int column, string what)
    {
        var e = Assert.Throws<Json5Exception>(() => Json5Reader.ParseBytes(bytes, "bad.json"));
        Assert.Contains("invalid UTF-8", e.Reason, StringComparison.Ordinal);
        Assert.Contains(what, e.Reason, StringComparison.Ordinal);
        Assert.Equal(("bad.json", line, column), (e.File, e.Line, e.Column));
    }

    [Fact]
    public void Lone_surrogate_escapes_are_data()
    {
        var root = (J5Object)Json5Reader.Parse("{ a: '\\uD800', b: \"x\\uDC00\\uD800y\", 'k\\uDFFF': 1, pair: '\\uD83D\\uDE00' }").Root;
        Assert.Equal("\uD800", ((J5String)root["a"]!).Value);
        Assert.Equal("x\uDC00\uD800y", ((J5String)root["b"]!).Value);
        Assert.True(root.ContainsKey("k\uDFFF"));
        Assert.Equal("😀", ((J5String)root["pair"]!).Value);

        // A valid UTF-8 file carries them only as escapes; a .NET string may hold them raw.
        Assert.Equal("\uD800", ((J5String)Json5Reader.ParseBytes("'\\uD800'"u8, "s.json").Root).Value);
        Assert.Equal("a\uD800", ((J5String)Json5Reader.Parse("'a\uD800'").Root).Value);
    }

    [Fact]
    public void Huge_tokens_are_linear_and_bounded()
    {
        var options = new Json5Options { MaxBytes = 8 * 1024 * 1024 };
        var digits = new string('1', 1_000_000);
        Assert.Equal(double.PositiveInfinity, ((J5Number)Json5Reader.Parse(digits, options: options).Root).Value);
        Assert.Equal(double.PositiveInfinity, ((J5Number)Json5Reader.Parse("0x" + new string('f', 1_000_000), options: options).Root).Value);
        Assert.Equal(1.0, ((J5Number)Json5Reader.Parse("0." + new string('9', 1_000_000), options: options).Root).Value);
        var escapes = string.Concat(Enumerable.Repeat("\\u0041", 200_000));
        Assert.Equal(200_000, ((J5String)Json5Reader.Parse("'" + escapes + "'", options: options).Root).Value.Length);
        var e = Assert.Throws<Json5Exception>(() => Json5Reader.Parse("[/*" + new string('*', 1_000_000), options: options));
        Assert.Equal((1, 2), (e.Line, e.Column));
        Assert.Contains("unterminated block comment", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ten_kilobyte_config_parses_in_a_fraction_of_a_millisecond()
    {
        var text = TypicalConfig(10 * 1024);
        Assert.InRange(Encoding.UTF8.GetByteCount(text), 10 * 1024, 12 * 1024);
        for (var i = 0; i < 300; i++)
        {
            Json5Reader.Parse(text);
        }

        // CPU time of this thread where Linux tells it (wall time on a shared, loaded machine says little);
        // otherwise the best of several batches of wall time.
        const int Runs = 300;
        var cpu0 = ThreadCpuNanoseconds();
        var best = double.MaxValue;
        for (var batch = 0; batch < Runs / 20; batch++)
        {
            var sw = Stopwatch.StartNew();
            for (var i = 0; i < 20; i++)
            {
                Json5Reader.Parse(text);
            }

            best = Math.Min(best, sw.Elapsed.TotalMilliseconds / 20);
        }

        var cpu1 = ThreadCpuNanoseconds();
        var perParse = cpu0 is { } a && cpu1 is { } b ? (b - a) / 1e6 / Runs : best;
        output.WriteLine($"10 KB config: {perParse * 1000:0} µs CPU per parse (best wall-clock batch: {best * 1000:0} µs)");
        // Unloaded, a Release build takes well under 0.1 ms of CPU (bench/ measures it properly). Here other
        // tests and processes share the cores, so the bound only catches a gross (e.g. quadratic) regression.
        const double Limit = 5.0;
        Assert.True(perParse < Limit, $"10 KB config took {perParse:0.000} ms per parse");
    }

    /// <summary>On-CPU time of the calling thread from /proc/thread-self/schedstat, or null where there is none.</summary>
    private static long? ThreadCpuNanoseconds()
    {
        try
        {
            var text = File.ReadAllText("/proc/thread-self/schedstat");
            var end = text.IndexOf(' ', StringComparison.Ordinal);
            return end > 0 && long.TryParse(text.AsSpan(0, end), System.Globalization.CultureInfo.InvariantCulture, out var ns) && ns > 0 ? ns : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    internal static string TypicalConfig(int minChars)
    {
        var sb = new StringBuilder("// OpenClaw config\n{\n  gateway: { bind: 'loopback', port: 18789, auth: { mode: 'token', token: '${OPENCLAW_TOKEN}' } },\n  agents: {\n    list: [\n");
        var i = 0;
        while (sb.Length < minChars)
        {
            sb.Append("      {\n        id: 'agent-").Append(i).Append("', // agent ").Append(i).Append('\n')
              .Append("        workspace: \"~/.openclaw/workspace-").Append(i).Append("\",\n")
              .Append("        sandbox: { mode: 'all', scope: 'session', docker: { network: 'none', readOnlyRoot: true } },\n")
              .Append("        tools: { allow: ['read', 'write', \"exec\"], deny: [], elevated: { enabled: false } },\n")
              .Append("        model: { primary: 'anthropic/claude', fallbacks: [], temperature: 0.7, maxTokens: 0x2000 },\n")
              .Append("      },\n");
            i++;
        }

        sb.Append("    ],\n  },\n}\n");
        return sb.ToString();
    }

    private static string BigDocument(int minChars)
    {
        var sb = new StringBuilder(minChars + 256);
        sb.Append("[\n");
        var i = 0;
        while (sb.Length < minChars)
        {
            sb.Append("  { id: ").Append(i).Append(", name: 'item-").Append(i).Append("', tags: [\"a\", \"b\\n\"], ratio: 0.25, /* c */ on: true },\n");
            i++;
        }

        sb.Append(']');
        return sb.ToString();
    }

    private static string Nested(int depth, char open, char close)
    {
        var sb = new StringBuilder(depth * 5);
        for (var i = 0; i < depth; i++)
        {
            sb.Append(open);
            if (open == '{' && i < depth - 1)
            {
                sb.Append("a:");
            }
        }

        sb.Append(close, depth);
        return sb.ToString();
    }
}

using Chitin.Audit.Json5;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace Chitin.Audit.Tests.Json5;

/// <summary>
/// Differential test against the reference implementation, the npm <c>json5</c> package run by node
/// (<see cref="NodeJson5Oracle"/>). About 2,000 documents from a seeded generator, valid and subtly broken, go to one
/// node process; for each, both must accept with the same value or both must reject.
/// </summary>
[Trait("Category", "Node")]
public sealed class Json5NodeDifferentialTests(ITestOutputHelper output)
{
    private const int Seed = 20260906;
    private const int ValidCount = 1200;
    private const int DamagedCount = 800;

    /// <summary>Hand-picked corners, checked on top of the random ones.</summary>
    private static readonly string[] Corners =
    [
        "-0", "+0", "-0x0", ".5", "5.", "+.5e-3", "-.0", "0x1F", "0XfF", "1e400", "-1e400", "4.9e-324", "2e-324", "0.1", "1E+21",
        "0x20000000000001", "0x20000000000003", "0x" + new string('f', 300), "123456789012345678901234567890",
        "Infinity", "-Infinity", "+Infinity", "NaN", "+NaN", "-NaN", "Infinityx", "NaNa", "nul", "True", "undefined", "+", "-", ".", "0x",
        "1e", "1e+", "01", "-01", "00", "0.0e00", "1.e1", ".e1", "08", "0b1", "0o7", "1_000", "٣",
        "'\\u2028'", "'a\u2028b'", "'a\u2029b'", "'\\\u2028'", "'\\\r\n'", "'\\\r'", "'\\\n'", "'\\0'", "'\\00'", "'\\01'", "'\\8'",
        "'\\x41'", "'\\x4'", "'\\xZZ'", "'\\u004'", "'\\u{41}'", "'\\q'", "'\\a'", "'\\/'", "'\\uD800'", "'\\uDC00\\uD800'", "'\0'",
        "'\u0001'", "'\t'", "'a\nb'", "'a\rb'", "\"'\"", "'\"'", "'\\''",
        "{a:1}", "{a:1,}", "{a:1,,}", "{,}", "{}", "[]", "[,]", "[1,]", "[1,,]", "{'a':1}", "{\"a\":1,\"a\":2}", "{$:1,_:2}",
        "{\\u0061:1}", "{\\u0031:1}", "{a\\u0031:1}", "{\\x61:1}", "{1:1}", "{-a:1}", "{a-b:1}", "{ümlåût:1}", "{Σ:1}", "{中文:1}",
        "{a\u200Db:1}", "{\u200Da:1}", "{x𝑦:1}", "{😀:1}", "{null:1, true:2, Infinity:3, NaN:4, if:5}", "{__proto__:1}",
        "{constructor:1}", "{'':1}", "{a:1 b:2}", "{a:1}{}", "[1][2]", "[1 2]", "[1,/*x*/2]", "[1//x\n,2]", "[1//x\u2028,2]",
        "[1//x\u2029,2]", "/**/1", "1/**/", "1//", "//\n1", "/*", "/* */", "//", "", " ", "\uFEFF1", "1\uFEFF", "\u00A01",
        "\u30001", "\u20281", "\u180E1", "\u200B1", "\u00851", "\v\f1", "1\r", "[1]/", "[1]*", "{a:/**/1}", "{/**/a/**/:/**/1/**/}",
    ];

    [Fact]
    public void Chitin_and_npm_json5_agree_on_every_generated_document()
    {
        var oracle = NodeJson5Oracle.Locate(RepoPaths.Root, out var why);
        if (oracle is null)
        {
            // xunit 2 has no dynamic skip: say so loudly and return (only when node or npm is missing).
            output.WriteLine("SKIPPED: " + why);
            return;
        }

        var docs = Documents();
        var answers = oracle.ParseAll(docs);
        Assert.Equal(docs.Count, answers.Count);

        var mismatches = new List<string>();
        int accepted = 0, rejected = 0;
        for (var i = 0; i < docs.Count; i++)
        {
            string? mine;
            string? myError = null;
            try
            {
                mine = CanonicalJson.Of(Json5Reader.Parse(docs[i], options: new Json5Options { MaxDepth = 1000 }).Root);
            }
            catch (Json5Exception e)
            {
                mine = null;
                myError = e.Message;
            }

            var (theirs, theirError) = answers[i];
            if (mine is not null && theirs is not null)
            {
                accepted++;
                if (!string.Equals(mine, theirs, StringComparison.Ordinal))
                {
                    mismatches.Add($"#{i} {CanonicalJson.Quote(docs[i])}: values differ\n  chitin: {mine}\n  json5:  {theirs}");
                }
            }
            else if (mine is null && theirs is null)
            {
                rejected++;
            }
            else
            {
                mismatches.Add($"#{i} {CanonicalJson.Quote(docs[i])}: " + (mine is null
                    ? $"chitin rejects ({myError}), json5 accepts {theirs}"
                    : $"chitin accepts {mine}, json5 rejects ({theirError})"));
            }
        }

        output.WriteLine($"{docs.Count} documents: {accepted} accepted by both, {rejected} rejected by both, {mismatches.Count} disagreements");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} disagreements with npm json5:\n" + string.Join("\n", mismatches.Take(15)));

        // The corpus must exercise both sides, or the test proves little.
        Assert.True(accepted >= ValidCount, $"only {accepted} accepted");
        Assert.True(rejected >= DamagedCount / 2, $"only {rejected} rejected");
    }

    private static List<string> Documents()
    {
        var docs = new List<string>(Corners);
        var values = Json5Gens.Value.Sample(ValidCount + DamagedCount, new Rnd((ulong)Seed), 40).ToList();
        for (var i = 0; i < values.Count; i++)
        {
            var rng = new Random(Seed + i);
            var text = new Json5StyleWriter(rng).Write(values[i]);
            docs.Add(i < ValidCount ? text : Mutations.Damage(text, rng));
        }

        return docs;
    }
}

using System.Globalization;
using System.Numerics;
using Chitin.Audit.Json5;
using FsCheck;
using FsCheck.Fluent;

namespace Chitin.Audit.Tests.Json5;

/// <summary>
/// Properties over random values written in random JSON5 styles (<see cref="Json5StyleWriter"/>): the value read back
/// is the value written, every node's span holds exactly that node's text, the tree links are right, and damaged text
/// fails only with a positioned <see cref="Json5Exception"/>.
/// </summary>
public sealed class Json5PropertyTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(400).WithQuietOnSuccess(true);

    private static Arbitrary<int> Seeds => Gen.Choose(0, int.MaxValue).ToArbitrary();

    [Fact]
    public void Written_values_read_back_unchanged()
    {
        Prop.ForAll(Json5Gens.Value.ToArbitrary(), Seeds, (value, seed) =>
        {
            var text = new Json5StyleWriter(new Random(seed)).Write(value);
            J5Node parsed;
            try
            {
                parsed = Json5Reader.Parse(text).Root;
            }
            catch (Json5Exception e)
            {
                throw new InvalidOperationException($"rejected {Show(text)}: {e.Message}", e);
            }

            Assert.True(CanonicalJson.Of(value) == CanonicalJson.Of(parsed), $"value changed by {Show(text)}: {CanonicalJson.Of(value)} != {CanonicalJson.Of(parsed)}");
        }).Check(Runs);
    }

    [Fact]
    public void Every_span_holds_its_own_value_and_tree_links_are_consistent()
    {
        Prop.ForAll(Json5Gens.Document.ToArbitrary(), Seeds, (value, seed) =>
        {
            var text = new Json5StyleWriter(new Random(seed)).Write(value);
            var doc = Json5Reader.Parse(text, "p.json5");
            foreach (var node in Json5PositionTests.Walk(doc.Root))
            {
                Assert.Same(doc, node.Document);
                Assert.Equal(doc.Position(node.Span.Start), (node.Line, node.Column));
                // The span is exactly the value: re-read alone, it is the same value and spans the whole text.
                var again = Json5Reader.Parse(node.SourceText!).Root;
                Assert.True(CanonicalJson.Of(again) == CanonicalJson.Of(node), $"span {node.Span} of {node.Path} in {Show(text)} is {Show(node.SourceText!)}");
                Assert.True(again.Span.Start == 0 && again.Span.End == node.Span.Length, $"span {node.Span} of {node.Path} in {Show(text)} has trivia: {Show(node.SourceText!)}");
                switch (node)
                {
                    case J5Object o:
                        foreach (var p in o.Properties)
                        {
                            Assert.Same(o, p.Value.Parent);
                            Assert.Equal(p.Key, p.Value.Key);
                            Assert.Equal(-1, p.Value.Index);
                            var keyText = text.Substring(p.KeySpan.Start, p.KeySpan.Length);
                            Assert.Equal(p.Key, KeyOf(keyText));
                            Assert.Equal(doc.Position(p.KeySpan.Start), (p.KeySpan.Line, p.KeySpan.Column));
                        }

                        break;
                    case J5Array a:
                        for (var i = 0; i < a.Count; i++)
                        {
                            Assert.Same(a, a[i].Parent);
                            Assert.Equal(i, a[i].Index);
                            Assert.EndsWith($"[{i}]", a[i].Path, StringComparison.Ordinal);
                        }

                        break;
                }
            }
        }).Check(Runs);
    }

    [Fact]
    public void Damaged_text_fails_only_with_a_positioned_Json5Exception()
    {
        var damage = Gen.Choose(0, int.MaxValue).ToArbitrary();
        Prop.ForAll(Json5Gens.Document.ToArbitrary(), Seeds, damage, (value, seed, cut) =>
        {
            var rng = new Random(seed);
            var text = Mutations.Damage(new Json5StyleWriter(rng).Write(value), new Random(cut));
            try
            {
                Json5Reader.Parse(text, "d.json5");
            }
            catch (Json5Exception e)
            {
                Assert.Equal("d.json5", e.File);
                var (endLine, endColumn) = Json5Lines.Position(text, text.Length);
                Assert.InRange(e.Line, 1, endLine);
                Assert.True(e.Column >= 1 && (e.Line < endLine || e.Column <= endColumn), $"position {e.Line}:{e.Column} past the end {endLine}:{endColumn} of {Show(text)}");
                Assert.False(string.IsNullOrWhiteSpace(e.Reason));
            }
        }).Check(Runs);
    }

    [Fact]
    public void Hex_numbers_round_to_nearest_even_like_JavaScript()
    {
        var digits = Gen.Choose(1, 40).SelectMany(n => Gen.Elements("0123456789abcdefABCDEF".ToCharArray()).ArrayOf(n)).Select(cs => new string(cs));
        Prop.ForAll(digits.ToArbitrary(), hex =>
        {
            var exact = BigInteger.Parse("0" + hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var expected = double.Parse(exact.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(Json5Parser.HexToDouble(hex)));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000).WithQuietOnSuccess(true));

        // Ties: 2^53 + 1 rounds down to even, 2^53 + 3 rounds up; a far digit breaks the tie.
        Assert.Equal(9007199254740992.0, Json5Parser.HexToDouble("20000000000001"));
        Assert.Equal(9007199254740996.0, Json5Parser.HexToDouble("20000000000003"));
        Assert.Equal(Math.ScaleB(9007199254740994.0, 64), Json5Parser.HexToDouble("20000000000001" + "0000000000000001"));
    }

    private static string KeyOf(string keyText) =>
        keyText[0] is '"' or '\''
            ? ((J5String)Json5Reader.Parse(keyText).Root).Value
            : ((J5Object)Json5Reader.Parse("{" + keyText + ":0}").Root).Keys.Single();

    private static string Show(string text) => CanonicalJson.Quote(text);
}

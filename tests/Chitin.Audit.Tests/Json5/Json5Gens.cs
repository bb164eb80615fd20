using Chitin.Audit.Json5;
using FsCheck;
using FsCheck.Fluent;

namespace Chitin.Audit.Tests.Json5;

/// <summary>FsCheck generators of JSON values (as code-built nodes) that stress what JSON5 text can carry.</summary>
internal static class Json5Gens
{
    /// <summary>Pieces of strings: plain ASCII most of the time, plus every character class that needs care.</summary>
    private static readonly string[] Special =
    [
        "\"", "'", "\\", "/", "*", "//", "/*", "\n", "\r", "\r\n", "\t", "\b", "\f", "\v", "\0", "\u0001", "\u001f", "\u007f",
        "\u2028", "\u2029", "\u00A0", "\uFEFF", "\u0085", "\u200D", "é", "Σ", "中文", "😀", "𝑦", "\uD800", "\uDBFF", "\uDC00", "\uDFFF",
        "0", "7", "x", "u", "${HOME}", " ",
    ];

    private static readonly string[] Identifiers =
    [
        "a", "b", "id", "gateway", "_x", "$ref", "$include", "camelCase1", "ümlåût", "Σigma", "中文", "x𝑦", "a\u200Db", "null", "true",
        "Infinity", "NaN", "__proto__", "constructor", "if", "x_1$",
    ];

    private static readonly double[] Doubles =
    [
        0.0, -0.0, 1, -1, 0.5, 0.1, 1e21, 1e-7, 123456789012, 9007199254740991, 9007199254740993, 18446744073709551615.0,
        double.MaxValue, double.MinValue, double.Epsilon, 2.2250738585072014E-308, double.NaN, double.PositiveInfinity,
        double.NegativeInfinity, 255, 4096, 3.14159,
    ];

    public static Gen<string> Text =>
        Gen.Frequency(
                (6, Gen.Choose(0x20, 0x7E).Select(c => ((char)c).ToString())),
                (2, Gen.Elements(Special)))
            .ListOf()
            .Select(parts => string.Concat(parts));

    public static Gen<string> Key =>
        Gen.Frequency((3, Gen.Elements(Identifiers)), (2, Text));

    public static Gen<double> Number =>
        Gen.Frequency(
            (3, Gen.Choose(-100000, 100000).Select(i => (double)i)),
            (2, Gen.Elements(Doubles)),
            (2, Gen.Choose(int.MinValue, int.MaxValue).Two().Select(t => BitConverter.Int64BitsToDouble(((long)t.Item1 << 32) | (uint)t.Item2))),
            (1, Gen.Choose(-1000000, 1000000).Two().Select(t => t.Item1 / (double)(Math.Abs(t.Item2) + 1))));

    public static Gen<J5Node> Scalar =>
        Gen.Frequency(
            (1, Gen.Constant(0).Select(_ => (J5Node)new J5Null())),
            (1, Gen.Elements(true, false).Select(b => (J5Node)new J5Bool(b))),
            (3, Number.Select(d => (J5Node)new J5Number(d, string.Empty))),
            (3, Text.Select(s => (J5Node)new J5String(s))));

    public static Gen<J5Node> Value => Gen.Sized(size => Node(Math.Min(4, size / 8)));

    /// <summary>Any value whose top level is an object or an array (what config files hold).</summary>
    public static Gen<J5Node> Document => Gen.Sized(size => Container(Math.Max(1, Math.Min(4, size / 8))));

    private static Gen<J5Node> Node(int depth) =>
        depth <= 0 ? Scalar : Gen.Frequency((3, Scalar), (1, Container(depth)));

    private static Gen<J5Node> Container(int depth) =>
        Gen.OneOf(
            Gen.Choose(0, 5).SelectMany(n => Node(depth - 1).ListOf(n)).Select(items => (J5Node)new J5Array(items)),
            Gen.Choose(0, 5).SelectMany(n => Key.Zip(Node(depth - 1)).ListOf(n))
                .Select(ps => (J5Node)new J5Object(ps.Select(p => new J5Property(p.Item1, default, p.Item2)))));
}

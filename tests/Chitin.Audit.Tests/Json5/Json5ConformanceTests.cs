using System.Text.Json;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Tests.Json5;

/// <summary>
/// The official JSON5 parse suite (json5/json5-tests, in shared/conformance/json5-tests): the extension says what
/// must happen. .json and .json5 parse; .js (valid ES5 but not JSON5) and .txt (invalid) are rejected with a
/// <see cref="Json5Exception"/>. The todo/ folder holds no README excluding it, so its cases run too.
/// </summary>
public sealed class Json5ConformanceTests
{
    /// <summary>25 .json, 57 .json5, 6 .js, 25 .txt (todo/ included). A changed suite must update this on purpose.</summary>
    private const int ExpectedCases = 113;

    private static readonly string[] Extensions = [".json", ".json5", ".js", ".txt"];

    private static string SuiteDir => Path.Combine(RepoPaths.Shared, "conformance", "json5-tests");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var f in CaseFiles())
        {
            data.Add(Path.GetRelativePath(SuiteDir, f));
        }

        return data;
    }

    [Fact]
    public void Suite_is_present_and_complete()
    {
        Assert.True(Directory.Exists(SuiteDir), $"conformance suite not found at {SuiteDir}");
        var files = CaseFiles();
        Assert.Equal(ExpectedCases, files.Count);
        var byExt = files.GroupBy(f => Path.GetExtension(f)).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.Equal(25, byExt[".json"]);
        Assert.Equal(57, byExt[".json5"]);
        Assert.Equal(6, byExt[".js"]);
        Assert.Equal(25, byExt[".txt"]);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_behaves_as_its_extension_says(string relative)
    {
        var path = Path.Combine(SuiteDir, relative);
        var ext = Path.GetExtension(path);
        if (ext is ".json" or ".json5")
        {
            var doc = Json5Reader.ParseFile(path);
            Assert.NotNull(doc.Root);
            Assert.Equal(path, doc.Path);
        }
        else
        {
            var e = Assert.Throws<Json5Exception>(() => Json5Reader.ParseFile(path));
            Assert.Equal(path, e.File);
            Assert.True(e.Line >= 1 && e.Column >= 1, $"error without a position: {e.Message}");
            Assert.False(string.IsNullOrWhiteSpace(e.Reason));
            Assert.StartsWith($"{path}:{e.Line}:{e.Column}: ", e.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Json_case_has_the_same_value_as_System_Text_Json(string relative)
    {
        var path = Path.Combine(SuiteDir, relative);
        if (!string.Equals(Path.GetExtension(path), ".json", StringComparison.Ordinal))
        {
            return;
        }

        using var expected = JsonDocument.Parse(File.ReadAllBytes(path));
        var actual = Json5Reader.ParseFile(path).Root;
        Assert.Equal(CanonicalJson.Of(expected.RootElement), CanonicalJson.Of(actual));
    }

    [Fact]
    public void Json5_cases_have_the_values_ECMAScript_gives_them()
    {
        // Spot checks of .json5 cases whose value is easy to get wrong.
        Assert.Equal(CanonicalJson.Number(0xC8E4), Num("numbers/hexadecimal-with-integer-exponent.json5"));
        Assert.Equal(CanonicalJson.Number(-0.0), Num("numbers/negative-zero-hexadecimal.json5"));
        Assert.Equal(CanonicalJson.Number(-0.0), Num("numbers/negative-zero-float-leading-decimal-point.json5"));
        Assert.Equal(CanonicalJson.Number(double.NegativeInfinity), Num("numbers/negative-infinity.json5"));
        Assert.Equal("NaN", Num("numbers/nan.json5"));
        Assert.Equal(CanonicalJson.Number(5.0), Num("numbers/float-trailing-decimal-point.json5"));
        Assert.Equal("{\"a\":\"line 1 line 2\"}", Canon("new-lines/escaped-crlf.json5"));
        Assert.Equal("{\"a\":\"line 1 line 2\"}", Canon("new-lines/escaped-cr.json5"));
        Assert.Equal("{\"sigΣma\":\"the sum of all things\"}", Canon("todo/unicode-escaped-unquoted-key.json5"));
        Assert.Equal("{\"a\":true}", Canon("misc/valid-whitespace.json5"));

        static string Num(string rel) => CanonicalJson.Of(Json5Reader.ParseFile(Path.Combine(SuiteDir, rel)).Root);
        static string Canon(string rel) => CanonicalJson.Of(Json5Reader.ParseFile(Path.Combine(SuiteDir, rel)).Root);
    }

    private static List<string> CaseFiles() =>
        Directory.Exists(SuiteDir)
            ? [.. Directory.EnumerateFiles(SuiteDir, "*", SearchOption.AllDirectories)
                .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.Ordinal))
                .Order(StringComparer.Ordinal)]
            : [];
}

namespace Chitin.Audit.Tests.Reporting;

/// <summary>
/// Compares output with <c>golden/&lt;name&gt;</c> (line endings normalized). With <c>CHITIN_UPDATE_GOLDEN=1</c>
/// it rewrites the file instead; review the diff before committing.
/// </summary>
internal static class GoldenFile
{
    public static string Directory => Path.Combine(RepoPaths.Root, "tests", "Chitin.Audit.Tests", "Reporting", "golden");

    public static bool Updating => Environment.GetEnvironmentVariable("CHITIN_UPDATE_GOLDEN") == "1";

    /// <summary>What a writer puts on its stream, decoded; fails on a BOM or a CR.</summary>
    public static string Render(Chitin.Audit.Reporting.IReportWriter writer, Chitin.Audit.Findings.AuditReport report)
    {
        using var stream = new MemoryStream();
        writer.Write(report, stream);
        var bytes = stream.ToArray();
        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "output starts with a BOM");
        var text = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        Assert.DoesNotContain('\r', text);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        return text;
    }

    public static void Verify(string name, string actual)
    {
        var path = Path.Combine(Directory, name);
        actual = Normalize(actual);
        if (Updating)
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"missing golden file {path}; run the tests once with CHITIN_UPDATE_GOLDEN=1 and review it");
        var expected = Normalize(File.ReadAllText(path));
        if (expected != actual)
        {
            Assert.Fail($"{name} differs from its golden file at line {FirstDifference(expected, actual)}; "
                + "if the change is intended, rerun with CHITIN_UPDATE_GOLDEN=1 and review the diff.\n"
                + Context(expected, actual));
        }
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static int FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var i = 0;
        while (i < e.Length && i < a.Length && e[i] == a[i])
        {
            i++;
        }

        return i + 1;
    }

    private static string Context(string expected, string actual)
    {
        var line = FirstDifference(expected, actual) - 1;
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        return $"expected: {(line < e.Length ? e[line] : "<end of file>")}\nactual:   {(line < a.Length ? a[line] : "<end of file>")}";
    }
}

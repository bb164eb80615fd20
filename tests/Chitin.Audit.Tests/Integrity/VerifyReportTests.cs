using System.Text.Json;
using Chitin.Audit.Integrity;
using Chitin.Audit.Tests.Reporting;

namespace Chitin.Audit.Tests.Integrity;

public sealed class VerifyReportTests : IDisposable
{
    private readonly TempInstall _t = new();

    public void Dispose() => _t.Dispose();

    [Fact]
    public void Json_lists_changes_with_path_change_and_severity()
    {
        var r = Drifted();
        using var ms = new MemoryStream();
        VerifyReportWriter.WriteJson(r, ms);
        using var doc = JsonDocument.Parse(ms.ToArray());
        var changes = doc.RootElement.GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(r.Changes.Count, changes.Count);
        var soul = Assert.Single(changes, c => c.GetProperty("path").GetString() == _t.P("workspace/SOUL.md"));
        Assert.Equal("modified", soul.GetProperty("change").GetString());
        Assert.Equal("critical", soul.GetProperty("severity").GetString());
        Assert.Equal(1, doc.RootElement.GetProperty("summary").GetProperty("critical").GetInt32());
        Assert.Contains("→", System.Text.Encoding.UTF8.GetString(ms.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_is_valid_sarif_2_1_0()
    {
        var r = Drifted();
        using var ms = new MemoryStream();
        VerifyReportWriter.WriteSarif(r, ms, "0.1.0");
        using var doc = JsonDocument.Parse(ms.ToArray());
        var schema = JsonSchemaSubset.Load(Path.Combine(RepoPaths.Root, "tests", "Chitin.Audit.Tests", "Reporting", "sarif-schema-2.1.0.json"));
        Assert.Empty(schema.Validate(doc.RootElement));
        Assert.Empty(SarifShape.Check(doc.RootElement));
        var results = doc.RootElement.GetProperty("runs")[0].GetProperty("results");
        Assert.Equal(r.Changes.Count, results.GetArrayLength());
        Assert.Equal("error", results[0].GetProperty("level").GetString());
    }

    private VerifyResult Drifted()
    {
        _t.Record();
        File.AppendAllText(_t.P("workspace/SOUL.md"), "x\n");
        _t.Write("skills/new/SKILL.md", "y\n");
        return _t.Verify();
    }
}

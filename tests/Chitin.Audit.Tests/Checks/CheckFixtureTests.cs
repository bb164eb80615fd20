using Chitin.Audit.Checks;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Tests.Checks;

/// <summary>
/// Every registered check has a fixture file <c>Fixtures/&lt;ID&gt;.json5</c> with a <c>positive</c> scenario
/// (or array of them) that must produce a finding of that ID, and a <c>negative</c> one that must not;
/// and a docs page <c>docs/checks/&lt;ID&gt;.md</c>.
/// </summary>
public sealed class CheckFixtureTests
{
    public static TheoryData<string> CheckIds()
    {
        var data = new TheoryData<string>();
        foreach (var c in BuiltInChecks.All)
        {
            data.Add(c.Info.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CheckIds))]
    public void Positive_fixture_fires_and_negative_does_not(string id)
    {
        var check = BuiltInChecks.All.Single(c => c.Info.Id == id);
        var path = Path.Combine(RepoPaths.TestFixtures, id + ".json5");
        Assert.True(File.Exists(path), $"missing fixture {path}");
        var root = (J5Object)Json5Reader.ParseFile(path).Root;

        foreach (var scenario in Scenarios(root, "positive"))
        {
            var findings = check.Evaluate(InstallFixture.Build(scenario)).ToList();
            Assert.True(findings.Any(f => f.Id == id), $"{id}: positive scenario at line {scenario.Line} produced no finding");
            Assert.All(findings, f => Assert.Equal(id, f.Id));
        }

        foreach (var scenario in Scenarios(root, "negative"))
        {
            var findings = check.Evaluate(InstallFixture.Build(scenario)).ToList();
            Assert.True(findings.Count == 0, $"{id}: negative scenario at line {scenario.Line} produced: {string.Join("; ", findings.Select(f => f.Detail))}");
        }
    }

    [Theory]
    [MemberData(nameof(CheckIds))]
    public void Every_check_has_a_docs_page(string id)
    {
        var page = Path.Combine(RepoPaths.Root, "docs", "checks", id + ".md");
        Assert.True(File.Exists(page), $"missing docs page {page}");
        Assert.Contains(id, File.ReadAllText(page), StringComparison.Ordinal);
    }

    private static IEnumerable<J5Object> Scenarios(J5Object root, string key)
    {
        var node = root[key];
        Assert.True(node is J5Object or J5Array, $"fixture lacks '{key}'");
        return node is J5Array a ? a.Items.Cast<J5Object>() : [(J5Object)node!];
    }
}

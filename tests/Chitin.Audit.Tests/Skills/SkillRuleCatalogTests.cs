using Chitin.Audit.Findings;
using Chitin.Audit.Skills;
using Chitin.Audit.Skills.Rules;

namespace Chitin.Audit.Tests.Skills;

/// <summary>Every rule in rules/skills runs its own must-match and must-not-match examples through the real scanner.</summary>
public sealed class SkillRuleCatalogTests
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var r in SkillRuleCatalog.Builtin.Rules)
        {
            data.Add(r.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_examples_match_and_do_not_match(string id)
    {
        var rule = SkillRuleCatalog.Builtin.Rule(id);
        Assert.NotEmpty(rule.MustMatch);
        foreach (var example in rule.MustMatch)
        {
            var result = SkillExamples.Scan(rule, example);
            Assert.True(result.Findings.Any(f => f.RuleId == id), $"{id} did not match its example: {example}\nfindings: {string.Join("; ", result.Findings.Select(f => f.RuleId + "@" + f.Severity.Wire()))}");
        }

        foreach (var example in rule.MustNotMatch)
        {
            var result = SkillExamples.Scan(rule, example);
            var hit = result.Findings.FirstOrDefault(f => f.RuleId == id && f.Severity > Severity.Info);
            Assert.True(hit is null, $"{id} matched its must-not-match example: {example} ({hit?.Severity.Wire()}: {hit?.Excerpt})");
        }
    }

    [Fact]
    public void Every_family_has_rules_and_every_combination_names_known_families()
    {
        var catalog = SkillRuleCatalog.Builtin;
        foreach (var family in SkillFamily.All)
        {
            Assert.True(catalog.Rules.Any(r => r.Family == family), $"no rule for family {family}");
        }

        Assert.True(catalog.Combinations.Count >= 10);
        Assert.StartsWith("rules/skills@2026.11.1+", catalog.Label, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_ids_are_unique_and_well_formed()
    {
        var ids = SkillRuleCatalog.Builtin.Rules.Select(r => r.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^SKL-[A-Z]{3}-[0-9]{3}$", id));
    }

    [Fact]
    public void A_broken_rule_file_is_rejected_with_its_name()
    {
        var hosts = ("hosts.json", "{\"version\":\"1\"}");
        var bad = ("x.json", "{\"family\":\"download-exec\",\"rules\":[{\"id\":\"SKL-X-1\",\"title\":\"t\",\"why\":\"w\",\"patterns\":[\"(?<=a)b\"],\"mustMatch\":[\"ab\"]}]}");
        var e = Assert.Throws<InvalidOperationException>(() => SkillRuleCatalog.Load([hosts, bad]));
        Assert.Contains("x.json", e.Message, StringComparison.Ordinal);
        var unknownFamily = ("y.json", "{\"family\":\"nope\",\"rules\":[]}");
        Assert.Throws<InvalidOperationException>(() => SkillRuleCatalog.Load([hosts, unknownFamily]));
    }
}

using Chitin.Audit.Iocs;
using Chitin.Audit.Skills;
using Chitin.Audit.Skills.Reporting;
using Chitin.Audit.Skills.Rules;
using Chitin.Audit.Tests.Skills;

namespace Chitin.Audit.Tests.Iocs;

/// <summary>IOC feeds: STIX 2.1 and plain lists, pinned by SHA-256, versioned, named in every report.</summary>
public sealed class IocImportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("chitin-ioc-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Stix = """
        {"type": "bundle", "id": "bundle--1", "objects": [
          {"type": "indicator", "id": "indicator--a", "pattern_type": "stix", "confidence": 90, "name": "c2",
           "pattern": "[ipv4-addr:value = '198.18.7.7'] OR [domain-name:value = 'evil-skills.example.net']"},
          {"type": "indicator", "id": "indicator--b", "pattern_type": "stix", "confidence": 40,
           "pattern": "[file:hashes.'SHA-256' = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa']"},
          {"type": "indicator", "id": "indicator--c", "pattern_type": "stix", "pattern": "[url:value = 'http://203.0.113.9/stage2']"},
          {"type": "indicator", "id": "indicator--d", "pattern_type": "stix", "pattern": "[ipv4-addr:value = '1.2.3.4' AND network-traffic:dst_port = 80]"},
          {"type": "indicator", "id": "indicator--e", "pattern_type": "sigma", "pattern": "title: x"},
          {"type": "malware", "id": "malware--x", "name": "AMOS"}
        ]}
        """;

    [Fact]
    public void Stix_bundle_indicators_are_imported_with_confidence_and_skips_are_listed()
    {
        var file = Path.Combine(_dir, "feed.json");
        File.WriteAllText(file, Stix);
        var store = new UserIocStore(Path.Combine(_dir, "store"), TimeProvider.System);
        var result = store.Import(file, name: null, replace: false, IocConfidence.Reported);
        Assert.Equal("imported", result.Outcome);
        Assert.Equal("feed", result.Set.Name);
        Assert.StartsWith("r1-", result.Set.Version, StringComparison.Ordinal);
        Assert.Contains(result.Set.Entries, e => e is { Type: IocType.Ip, Value: "198.18.7.7", Confidence: IocConfidence.Confirmed });
        Assert.Contains(result.Set.Entries, e => e is { Type: IocType.Domain, Value: "evil-skills.example.net" });
        Assert.Contains(result.Set.Entries, e => e is { Type: IocType.Sha256, Confidence: IocConfidence.Reported });
        Assert.Contains(result.Set.Entries, e => e is { Type: IocType.Url, Confidence: IocConfidence.Reported });
        Assert.Contains(result.Skipped, s => s.Contains("indicator--d", StringComparison.Ordinal));
        Assert.Contains(result.Skipped, s => s.Contains("sigma", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_is_pinned_by_sha256_and_replace_bumps_the_version()
    {
        var file = Path.Combine(_dir, "list.txt");
        File.WriteAllText(file, "# my feed\nevil-skills.example.net\n198.51.100.23\npublisher:badactor\nslug:weather-pro-x1\nnot a thing\n");
        var store = new UserIocStore(Path.Combine(_dir, "store"), TimeProvider.System);
        var first = store.Import(file, "mine", false, IocConfidence.Confirmed);
        Assert.Equal(4, first.Set.Entries.Count);
        Assert.Single(first.Skipped);
        Assert.Equal("unchanged", store.Import(file, "mine", false, IocConfidence.Confirmed).Outcome);

        File.AppendAllText(file, "another-bad.example.org\n");
        var refused = Assert.Throws<InvalidOperationException>(() => store.Import(file, "mine", false, IocConfidence.Confirmed));
        Assert.Contains("pinned", refused.Message, StringComparison.Ordinal);
        var replaced = store.Import(file, "mine", true, IocConfidence.Confirmed);
        Assert.Equal("replaced", replaced.Outcome);
        Assert.StartsWith("r2-", replaced.Set.Version, StringComparison.Ordinal);
        Assert.Equal(replaced.Set.Sha256, Assert.Single(store.Load([])).Sha256);
    }

    [Fact]
    public void An_imported_indicator_drives_the_verdict_and_the_report_names_the_set()
    {
        var file = Path.Combine(_dir, "hosts.txt");
        File.WriteAllText(file, "evil-skills.example.net\n");
        var store = new UserIocStore(Path.Combine(_dir, "store"), TimeProvider.System);
        store.Import(file, null, false, IocConfidence.Confirmed);
        var scanner = new SkillScanner(SkillRuleCatalog.Builtin, new IocIndex([.. BuiltInIocSource.Instance.Load([]), .. store.Load([])]));
        var target = new SkillTarget { Name = "x", Path = "/x", Source = MemorySource.Of(("SKILL.md", "Docs at https://cdn.evil-skills.example.net/guide\n")) };
        var result = scanner.Scan(target);
        Assert.Equal(SkillVerdict.Malicious, result.Verdict);
        Assert.Contains(result.Findings, f => f.RuleId == "SKL-IOC-001");
        var report = SkillReports.Build([result], scanner, DateTimeOffset.UnixEpoch);
        Assert.Contains(report.RuleSets, s => s.StartsWith("iocs/user/hosts@r1-", StringComparison.Ordinal));
        Assert.Contains(report.RuleSets, s => s == "iocs/builtin/clawhavoc@2026.11.1");
        Assert.Contains(report.RuleSets, s => s.StartsWith("rules/skills@", StringComparison.Ordinal));

        var clean = SkillScanner.Default.Scan(target);
        Assert.NotEqual(SkillVerdict.Malicious, clean.Verdict);
    }

    [Fact]
    public void Only_confirmed_indicators_are_decisive_alone()
    {
        var set = new IocSet
        {
            Name = "t",
            Version = "1",
            Origin = "test",
            Entries =
            [
                new IocEntry(IocType.Domain, "confirmed.example.net", IocConfidence.Confirmed, "t"),
                new IocEntry(IocType.Domain, "reported.example.net", IocConfidence.Reported, "t"),
                new IocEntry(IocType.Domain, "rumour.example.net", IocConfidence.Unverified, "t"),
            ],
        };
        var scanner = new SkillScanner(SkillRuleCatalog.Builtin, new IocIndex([set]));
        SkillVerdict Verdict(string host) => scanner.Scan(new SkillTarget { Name = "x", Path = "/x", Source = MemorySource.Of(("SKILL.md", $"See https://{host}/x\n")) }).Verdict;
        Assert.Equal(SkillVerdict.Malicious, Verdict("confirmed.example.net"));
        Assert.Equal(SkillVerdict.Suspicious, Verdict("reported.example.net"));
        Assert.Equal(SkillVerdict.Suspicious, Verdict("rumour.example.net"));
    }

    [Fact]
    public void Builtin_sets_carry_a_source_and_confidence_for_every_entry()
    {
        var sets = BuiltInIocSource.Instance.Load([]);
        var clawhavoc = Assert.Single(sets, s => s.Name == "clawhavoc");
        Assert.All(clawhavoc.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Source)));
        Assert.Contains(clawhavoc.Entries, e => e is { Value: "91.92.242.30", Confidence: IocConfidence.Confirmed });
        Assert.DoesNotContain(clawhavoc.Entries, e => e.Type == IocType.Publisher && e.Confidence == IocConfidence.Confirmed);
    }
}

using Chitin.Audit.Skills;
using Chitin.Audit.Skills.Sources;
using Xunit.Abstractions;

namespace Chitin.Audit.Tests.Skills;

/// <summary>
/// tests/fixtures/skills: one synthetic skill per technique (malicious/, each must be judged malicious) and
/// the tricky benign shapes from the research notes (benign/, clean or suspicious with a stated reason).
/// </summary>
public sealed class TechniqueFixtureTests(ITestOutputHelper output)
{
    public static string FixtureRoot => Path.Combine(RepoPaths.Root, "tests", "fixtures", "skills");

    public static TheoryData<string> Malicious() => Dirs("malicious");

    public static TheoryData<string> Benign() => Dirs("benign");

    [Theory]
    [MemberData(nameof(Malicious))]
    public void Technique_fixture_is_malicious(string name)
    {
        var result = Scan("malicious", name);
        output.WriteLine($"{name}: {result.Verdict}: {string.Join(" | ", result.Reasons)}");
        output.WriteLine("notes: " + string.Join(" | ", result.Notes));
        foreach (var f in result.Findings)
        {
            output.WriteLine($"  {f.RuleId} {f.Severity} {f.File}:{f.Line} {f.Excerpt} [{f.Layer}] {f.Context}");
        }

        Assert.Equal(SkillVerdict.Malicious, result.Verdict);
        Assert.NotEmpty(result.Reasons);
    }

    [Theory]
    [MemberData(nameof(Benign))]
    public void Tricky_benign_fixture_is_not_malicious(string name)
    {
        var result = Scan("benign", name);
        output.WriteLine($"{name}: {result.Verdict}: {string.Join(" | ", result.Reasons)}");
        foreach (var f in result.Findings)
        {
            output.WriteLine($"  {f.RuleId} {f.Severity} {f.File}:{f.Line} {f.Excerpt} [{f.Layer}] {f.Context}");
        }

        Assert.NotEqual(SkillVerdict.Malicious, result.Verdict);
        if (result.Verdict == SkillVerdict.Suspicious)
        {
            Assert.NotEmpty(result.Reasons);
        }
    }

    [Fact]
    public void Every_technique_family_has_a_malicious_fixture_that_uses_it()
    {
        var families = Directory.GetDirectories(Path.Combine(FixtureRoot, "malicious")).Select(Path.GetFileName).OfType<string>().SelectMany(n => Scan("malicious", n).Findings.Where(f => f.Severity >= Chitin.Audit.Findings.Severity.Medium).Select(f => f.Family)).ToHashSet(StringComparer.Ordinal);
        string[] required =
        [
            SkillFamily.DownloadExec, SkillFamily.EncodedExec, SkillFamily.PasswordArchive, SkillFamily.QuarantineRemoval, SkillFamily.PasswordPrompt,
            SkillFamily.CredentialAccess, SkillFamily.ExfilEndpoint, SkillFamily.ReverseShell, SkillFamily.PromptInjection, SkillFamily.HiddenUnicode,
            SkillFamily.Typosquat, SkillFamily.Evasion, SkillFamily.ClickFix, SkillFamily.Ioc,
        ];
        Assert.All(required, f => Assert.Contains(f, families));
    }

    private static SkillScanResult Scan(string group, string name)
    {
        var dir = Path.Combine(FixtureRoot, group, name);
        return SkillScanner.Default.Scan(new SkillTarget { Name = name, Path = dir, Source = new DirectorySource(dir, ScanLimits.Default) });
    }

    private static TheoryData<string> Dirs(string group)
    {
        var data = new TheoryData<string>();
        foreach (var d in Directory.GetDirectories(Path.Combine(FixtureRoot, group)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(d));
        }

        return data;
    }
}

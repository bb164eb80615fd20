using Chitin.Audit.Skills;
using Chitin.Audit.Skills.Sources;
using Xunit.Abstractions;

namespace Chitin.Audit.Tests.Skills;

/// <summary>
/// Quality on OpenClaw's own bundled skills (the npm package tools/setup.sh installs at /tmp/openclaw-anchor):
/// none may be judged malicious. Counts per verdict are printed for the record.
/// </summary>
[Trait("Category", "OpenClaw")]
public sealed class BundledSkillsQualityTests(ITestOutputHelper output)
{
    public static string Anchor => Environment.GetEnvironmentVariable("OPENCLAW_ANCHOR") is { Length: > 0 } a ? a : "/tmp/openclaw-anchor";

    public static string BundledDir => Path.Combine(Anchor, "node_modules", "openclaw", "skills");

    [Fact]
    public void Bundled_skills_are_never_malicious()
    {
        Assert.True(Directory.Exists(BundledDir), $"OpenClaw's bundled skills are not at {BundledDir}: run tools/setup.sh (it installs openclaw from npm) or set OPENCLAW_ANCHOR.");
        var targets = SkillTargets.ForInstall([], [], BundledDir, ScanLimits.Default);
        var custodian = Path.Combine(Anchor, "node_modules", "openclaw", "custodian-skills");
        if (Directory.Exists(custodian))
        {
            targets.AddRange(SkillTargets.ForPath(custodian, ScanLimits.Default, []));
        }

        Assert.True(targets.Count >= 40, $"only {targets.Count} bundled skills found under {BundledDir}");
        var results = SkillScanner.Default.ScanAll(targets);
        foreach (var r in results.Where(r => r.Verdict != SkillVerdict.Clean))
        {
            output.WriteLine($"{r.Verdict} {r.Name}: {string.Join(" | ", r.Reasons)}");
        }

        output.WriteLine($"bundled: {results.Count} skills, {results.Count(r => r.Verdict == SkillVerdict.Clean)} clean, {results.Count(r => r.Verdict == SkillVerdict.Suspicious)} suspicious, {results.Count(r => r.Verdict == SkillVerdict.Malicious)} malicious");
        Assert.DoesNotContain(results, r => r.Verdict == SkillVerdict.Malicious);
        Assert.All(results.Where(r => r.Verdict == SkillVerdict.Suspicious), r => Assert.NotEmpty(r.Reasons));
    }
}

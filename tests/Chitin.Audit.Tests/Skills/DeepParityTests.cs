using Chitin.Audit.Checks;
using Chitin.Audit.Skills;
using Chitin.Audit.Tests.Parity;

namespace Chitin.Audit.Tests.Skills;

/// <summary>
/// OpenClaw's <c>security audit --deep</c> code-safety findings (shared/cases/*/openclaw-audit-deep.json) each have
/// a Chitin finding naming the same checkId: case 20's ClawHavoc-style skill, case 13's env-harvesting plugin.
/// </summary>
public sealed class DeepParityTests
{
    [Theory]
    [InlineData("20-mcp-and-skills-supply-chain", "skills.code_safety", "weather-pro")]
    [InlineData("13-unpinned-npm-plugins", "plugins.code_safety", "weather-tools")]
    public void Code_safety_findings_of_the_deep_audit_are_named(string caseName, string checkId, string flagged)
    {
        using var c = PreparedCase.Create(caseName);
        var deep = c.OpenClawFindings("openclaw-audit-deep.json");
        Assert.Contains(deep, f => f.CheckId == checkId && f.Severity is "critical" or "warn");
        var install = c.Load();
        var report = AuditEngine.Run(install, BuiltInChecks.All, TimeProvider.System);
        var named = report.Findings.Where(f => f.OpenClawCheckId == checkId).ToList();
        Assert.Contains(named, f => f.Detail.Contains($"\"{flagged}\"", StringComparison.Ordinal) && f.Id == "CHI-SUP-100");
        Assert.Equal(SkillVerdict.Malicious, install.SkillScans.Single(s => s.Name == flagged).Verdict);
    }

    [Fact]
    public void Clean_skills_and_plugins_of_the_cases_stay_clean()
    {
        using var c13 = PreparedCase.Create("13-unpinned-npm-plugins");
        var teamNotes = c13.Load().SkillScans.Single(s => s.Name == "team-notes");
        Assert.True(teamNotes.Verdict == SkillVerdict.Clean, string.Join("; ", teamNotes.Reasons));
        using var c20 = PreparedCase.Create("20-mcp-and-skills-supply-chain");
        var scans = c20.Load().SkillScans.Where(s => s.Name is "notes" or "linked-helper").ToList();
        Assert.Equal(2, scans.Count);
        Assert.All(scans, s => Assert.True(s.Verdict == SkillVerdict.Clean, s.Name + ": " + string.Join("; ", s.Reasons)));
    }
}

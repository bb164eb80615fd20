using Chitin.Audit.Tests.Parity;

namespace Chitin.Audit.Tests.Fixes;

/// <summary>
/// After --fix, the real OpenClaw still accepts the config (its audit runs instead of refusing it) and reports
/// nothing critical. Needs the CLI from tools/setup.sh; without it these tests fail with that instruction.
/// </summary>
[Trait("Category", "OpenClaw")]
public sealed class OpenClawAcceptanceTests
{
    [Theory]
    [MemberData(nameof(FixCaseTests.Cases), MemberType = typeof(FixCaseTests))]
    public void The_real_OpenClaw_accepts_the_fixed_config_and_reports_no_critical(string name)
    {
        using var c = PreparedCase.Create(name);
        FixHarness.Fix(c.Dir);
        var findings = OpenClawAudit.Run(c.Dir, Path.GetDirectoryName(c.Dir)!);
        var critical = findings.Where(f => f.Severity == "critical").Select(f => f.CheckId).ToList();
        Assert.True(critical.Count == 0, $"{name}: OpenClaw still reports critical: {string.Join(", ", critical)}");
    }
}

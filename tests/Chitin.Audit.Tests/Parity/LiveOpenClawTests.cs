using System.Text.Json;
using Chitin.Audit.Checks;

namespace Chitin.Audit.Tests.Parity;

/// <summary>
/// Live parity: the real <c>openclaw security audit --json</c> and Chitin on the same prepared state dir,
/// in the same run. Every critical and warn checkId the real CLI emits has a Chitin finding naming it.
/// </summary>
[Trait("Category", "OpenClaw")]
public sealed class LiveOpenClawTests
{
    public static TheoryData<string> LiveCases() =>
    [
        "02-lan-bind-no-auth", "06-open-dm-wildcard", "07-exec-full-no-sandbox", "09-sandbox-off-dangerous-docker",
        "11-world-writable-state", "13-unpinned-npm-plugins", "17-trusted-proxy-misconfig", "20-mcp-and-skills-supply-chain",
    ];

    [Theory]
    [MemberData(nameof(LiveCases))]
    public void Chitin_names_every_critical_and_warn_of_the_live_OpenClaw_audit(string name)
    {
        using var c = PreparedCase.Create(name);
        var home = Directory.CreateTempSubdirectory("chitin-oc-home-").FullName;
        try
        {
            var (code, stdout, stderr) = OpenClawCli.Run(c.Dir, home, "security", "audit", "--json");
            Assert.True(code == 0, $"openclaw exited {code}: {stderr}");
            using var doc = JsonDocument.Parse(stdout[stdout.IndexOf('{', StringComparison.Ordinal)..]);
            var live = doc.RootElement.GetProperty("findings").EnumerateArray()
                .Where(f => f.GetProperty("severity").GetString() is "critical" or "warn")
                .Select(f => f.GetProperty("checkId").GetString()!)
                .ToList();
            Assert.NotEmpty(live);

            var report = AuditEngine.Run(c.Load(), BuiltInChecks.All, TimeProvider.System);
            var named = report.Findings.Select(f => f.OpenClawCheckId).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var missing = live.Where(id => !named.Contains(id)).ToList();
            Assert.True(missing.Count == 0, $"{name}: live OpenClaw reported {string.Join(", ", missing)} and Chitin did not");
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }
}

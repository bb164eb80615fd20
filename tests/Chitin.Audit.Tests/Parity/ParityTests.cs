using System.Text.Json;
using System.Text.RegularExpressions;
using Chitin.Audit.Checks;
using Xunit.Abstractions;

namespace Chitin.Audit.Tests.Parity;

/// <summary>
/// Chitin against the saved output of the real <c>openclaw security audit</c> (shared/cases): every critical
/// and warn checkId OpenClaw reported has a Chitin finding naming it, unless docs/openclaw-parity.md argues
/// the difference. And every one of OpenClaw's 136 checkId families maps to a Chitin check or is argued there.
/// </summary>
public sealed partial class ParityTests(ITestOutputHelper output)
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var n in PreparedCase.Names())
        {
            data.Add(n);
        }

        return data;
    }

    [Fact]
    public void The_cases_are_there()
    {
        Assert.True(PreparedCase.Names().Count() >= 19, "shared/cases not found at " + RepoPaths.Shared);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_OpenClaw_critical_and_warn_has_a_Chitin_finding(string name)
    {
        using var c = PreparedCase.Create(name);
        var install = c.Load();
        var report = AuditEngine.Run(install, BuiltInChecks.All, TimeProvider.System);
        var named = report.Findings.Where(f => f.OpenClawCheckId is not null).Select(f => f.OpenClawCheckId!).ToHashSet(StringComparer.Ordinal);
        var differences = Differences();
        var missing = new List<string>();
        var expected = File.Exists(Path.Combine(c.Source, "openclaw-audit.json")) ? c.OpenClawFindings() : [];
        foreach (var (checkId, severity) in expected)
        {
            if (severity is not ("critical" or "warn") || named.Contains(checkId))
            {
                continue;
            }

            if (differences.Contains((checkId, name)) || differences.Contains((checkId, "*")))
            {
                output.WriteLine($"{name}: {checkId} is a documented difference");
                continue;
            }

            missing.Add($"{checkId} ({severity})");
        }

        Assert.True(missing.Count == 0, $"{name}: no Chitin finding names {string.Join(", ", missing)}");
        Assert.DoesNotContain(report.Findings, f => f.Detail.Contains("FAKE-", StringComparison.Ordinal) || (f.Evidence.Value ?? "").Contains("FAKE-", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_OpenClaw_checkId_family_maps_to_a_check_or_is_argued()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Shared, "reference", "openclaw-audit-checks.json")));
        var families = doc.RootElement.GetProperty("checks").EnumerateArray().Select(e => e.GetProperty("checkId").GetString()!).ToList();
        Assert.Equal(136, families.Count);
        var mapped = BuiltInChecks.All.SelectMany(c => c.Info.OpenClawCheckIds).ToHashSet(StringComparer.Ordinal);
        var argued = Differences().Where(d => d.Case == "unmapped").Select(d => d.CheckId).ToHashSet(StringComparer.Ordinal);
        var gaps = families.Where(f => !mapped.Contains(f) && !argued.Contains(f)).ToList();
        Assert.True(gaps.Count == 0, $"{gaps.Count} OpenClaw families neither mapped nor argued in docs/openclaw-parity.md: {string.Join(", ", gaps)}");
    }

    [Fact]
    public void Chitin_has_at_least_40_checks_OpenClaw_lacks()
    {
        var beyond = BuiltInChecks.All.Count(c => c.Info.OpenClawCheckIds.Count == 0);
        Assert.True(beyond >= 40, $"only {beyond} checks beyond OpenClaw");
    }

    /// <summary>Rows of the tables in docs/openclaw-parity.md: <c>| `checkId` | case-or-* -or-unmapped | reason |</c>.</summary>
    private static HashSet<(string CheckId, string Case)> Differences()
    {
        var set = new HashSet<(string, string)>();
        foreach (var line in File.ReadLines(Path.Combine(RepoPaths.Root, "docs", "openclaw-parity.md")))
        {
            var m = Row().Match(line);
            if (m.Success)
            {
                set.Add((m.Groups[1].Value, m.Groups[2].Value.Trim().Trim('`')));
            }
        }

        return set;
    }

    [GeneratedRegex(@"^\|\s*`([^`]+)`\s*\|\s*([^|]+?)\s*\|")]
    private static partial Regex Row();
}

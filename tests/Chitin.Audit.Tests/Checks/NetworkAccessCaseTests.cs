using Chitin.Audit.Checks;
using Chitin.Audit.Checks.Access;
using Chitin.Audit.Checks.Network;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Tests.Checks;

/// <summary>
/// Layer-level safety net for the Network and Access checks: (1) on the real OpenClaw cases, every critical/warn
/// checkId of the gateway/discovery/browser/security.exposure/security.trust_model/channels/hooks/agent-roster
/// families that the real CLI reported (suppressed ones included) appears as some finding's OpenClawCheckId;
/// (2) fixture scenarios that carry <c>expect</c> entries produce exactly those checkIds and severities, so the
/// warn/critical escalation rules are pinned, not just "something fired".
/// </summary>
public sealed class NetworkAccessCaseTests
{
    private static IReadOnlyList<IAuditCheck> Checks => [.. NetworkChecks.All, .. AccessChecks.All];

    public static TheoryData<string> Cases() =>
    [
        "02-lan-bind-no-auth", "03-custom-0000-http-apis-open", "05-published-placeholder-token", "06-open-dm-wildcard",
        "07-exec-full-no-sandbox", "15-docs-hardened-baseline", "17-trusted-proxy-misconfig", "18-tailscale-funnel-short-password",
        "25-suppressions-hide-findings",
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_network_and_access_checkId_of_the_real_audit_is_reported(string caseName)
    {
        var dir = Path.Combine(RepoPaths.Shared, "cases", caseName);
        var install = Load(dir);
        var reported = Checks.SelectMany(c => c.Evaluate(install)).Select(f => f.OpenClawCheckId).OfType<string>().ToHashSet(StringComparer.Ordinal);

        var expected = ExpectedCheckIds(Path.Combine(dir, "openclaw-audit.json"));
        Assert.NotEmpty(expected);
        var missing = expected.Where(id => !reported.Contains(id)).ToList();
        Assert.True(missing.Count == 0, $"{caseName}: missing {string.Join(", ", missing)}; reported {string.Join(", ", reported.Order(StringComparer.Ordinal))}");
    }

    [Fact]
    public void Published_placeholder_and_trusted_proxy_gaps_are_reported_beyond_openclaw()
    {
        var placeholder = Run(Load(Path.Combine(RepoPaths.Shared, "cases", "05-published-placeholder-token")));
        Assert.Contains(placeholder, f => f.Id == "CHI-NET-028" && f.Severity == Severity.High);
        var baseline = Run(Load(Path.Combine(RepoPaths.Shared, "cases", "15-docs-hardened-baseline")));
        Assert.Contains(baseline, f => f.Id == "CHI-NET-028");
        var proxy = Run(Load(Path.Combine(RepoPaths.Shared, "cases", "17-trusted-proxy-misconfig")));
        Assert.Contains(proxy, f => f.Id == "CHI-NET-030" && f.Severity == Severity.Critical);
        Assert.All(placeholder.Concat(baseline), f => Assert.DoesNotContain("change-me-to-a-long-random-token", f.Detail + f.Evidence.Value, StringComparison.Ordinal));
        Assert.All(baseline, f => Assert.DoesNotContain("replace-with-long-random-token", f.Detail + f.Evidence.Value, StringComparison.Ordinal));
    }

    public static TheoryData<string> FixtureIds()
    {
        var data = new TheoryData<string>();
        foreach (var c in Checks.Where(c => c.Info.Id != "CHI-NET-001"))
        {
            data.Add(c.Info.Id);
        }

        return data;
    }

    /// <summary>
    /// A scenario may carry <c>expect: [{ openclaw: "gateway.http.no_auth", severity: "critical" }, ...]</c>: the
    /// findings must match that list one to one (order ignored); omitted keys are not compared.
    /// </summary>
    [Theory]
    [MemberData(nameof(FixtureIds))]
    public void Fixture_expectations_pin_checkIds_and_severities(string id)
    {
        var check = Checks.Single(c => c.Info.Id == id);
        var root = (J5Object)Json5Reader.ParseFile(Path.Combine(RepoPaths.TestFixtures, id + ".json5")).Root;
        var pinned = 0;
        foreach (var scenario in ((root["positive"] as J5Array)?.Items ?? [root["positive"]!]).OfType<J5Object>())
        {
            if (scenario["expect"] is not J5Array expect)
            {
                continue;
            }

            var findings = check.Evaluate(InstallFixture.Build(scenario)).ToList();
            var wanted = expect.Items.OfType<J5Object>().Select(e => ((e["openclaw"] as J5String)?.Value, (e["severity"] as J5String)?.Value)).ToList();
            var shown = string.Join("; ", findings.Select(f => $"{f.OpenClawCheckId ?? "-"}/{f.Severity.Wire()}"));
            Assert.True(findings.Count == wanted.Count, $"{id} line {scenario.Line}: expected {wanted.Count} findings, got [{shown}]");
            foreach (var (openclaw, severity) in wanted)
            {
                var hit = findings.FirstOrDefault(f => (openclaw is null || f.OpenClawCheckId == openclaw) && (severity is null || f.Severity.Wire() == severity));
                Assert.True(hit is not null, $"{id} line {scenario.Line}: no finding {openclaw}/{severity} in [{shown}]");
                findings.Remove(hit);
            }

            pinned++;
        }

        Assert.True(pinned > 0, $"{id}: no positive scenario carries an 'expect' list");
    }

    private static List<Finding> Run(OpenClawInstall install) => [.. Checks.SelectMany(c => c.Evaluate(install))];

    private static OpenClawInstall Load(string dir)
    {
        var configPath = Path.Combine(dir, "openclaw.json");
        var doc = Json5Reader.ParseFile(configPath);
        var config = new ConfigView((J5Object)doc.Root);
        return new OpenClawInstall
        {
            StateDir = dir,
            ConfigPath = configPath,
            HomeDir = Path.GetDirectoryName(dir)!,
            Config = config,
            ConfigExists = true,
            ConfigFiles = [doc],
            Agents = AgentResolver.Resolve(config, dir, Path.GetDirectoryName(dir)!, []),
        };
    }

    private static readonly string[] Families =
        ["gateway.", "discovery.", "browser.", "security.exposure.", "security.trust_model.", "channels.", "hooks.", "config.agent_roster."];

    private static List<string> ExpectedCheckIds(string auditJson)
    {
        var root = (J5Object)Json5Reader.ParseFile(auditJson).Root;
        var all = new[] { root["findings"], root["suppressedFindings"] }.OfType<J5Array>().SelectMany(a => a.Items).OfType<J5Object>();
        return [.. all
            .Where(f => (f["severity"] as J5String)?.Value is "critical" or "warn")
            .Select(f => ((J5String)f["checkId"]!).Value)
            .Where(id => Families.Any(p => id.StartsWith(p, StringComparison.Ordinal)) && !id.StartsWith("hooks.installs_", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)];
    }
}

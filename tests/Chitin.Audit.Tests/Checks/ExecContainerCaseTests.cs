using System.Text.Json;
using Chitin.Audit.Checks;
using Chitin.Audit.Checks.Container;
using Chitin.Audit.Checks.Exec;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Tests.Checks;

/// <summary>
/// Safety net for the Exec and Container layers: on the shared OpenClaw cases, every critical/warn checkId of
/// the families these layers own (tools.*, models.*, summary.*, sandbox.*, config.insecure_or_dangerous_flags)
/// that the real OpenClaw audit reported is named by some finding; the hardened sandbox case stays clean;
/// and the escalations that depend on other settings go the right way.
/// </summary>
public sealed class ExecContainerCaseTests
{
    private static readonly IReadOnlyList<IAuditCheck> Checks = [.. ExecChecks.All, .. ContainerChecks.All];

    public static TheoryData<string> CaseNames() => ["06", "07", "09", "10", "21"];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Every_owned_OpenClaw_critical_and_warn_is_named(string number)
    {
        var (dir, install) = LoadCase(number);
        var expected = OpenClawCheckIds(dir, "critical", "warn").Where(Owned).Distinct(StringComparer.Ordinal).ToList();
        var findings = Run(install);
        var named = findings.Select(f => f.OpenClawCheckId).OfType<string>().ToHashSet(StringComparer.Ordinal);

        var missing = expected.Where(id => !named.Contains(id)).ToList();
        Assert.True(missing.Count == 0, $"case {number}: OpenClaw reported {string.Join(", ", missing)}; no Exec/Container finding names it");
        Assert.Contains("summary.attack_surface", named);
    }

    [Fact]
    public void Hardened_sandbox_case_has_no_critical_or_high_container_finding()
    {
        var (_, install) = LoadCase("10");
        var bad = Run(install).Where(f => f.Layer == Layer.Container && f.Severity >= Severity.High).ToList();
        Assert.True(bad.Count == 0, "case 10: " + string.Join("; ", bad.Select(f => $"{f.Id} {f.Severity}: {f.Detail}")));
    }

    [Fact]
    public void Case_07_reports_the_explicit_full_exec_not_the_runtime_default()
    {
        var (_, install) = LoadCase("07");
        var findings = Run(install);
        var full = Assert.Single(findings, f => f.Id == "CHI-EXE-003");
        Assert.Equal(Severity.Critical, full.Severity);
        Assert.DoesNotContain(findings, f => f.Id == "CHI-EXE-017");
        Assert.Contains(findings, f => f.Id == "CHI-EXE-020" && f.Detail.Contains("/root", StringComparison.Ordinal));
    }

    [Fact]
    public void Case_09_reports_each_dangerous_bind_and_the_latent_sandbox_hardening_gaps()
    {
        var (_, install) = LoadCase("09");
        var findings = Run(install);
        Assert.Equal(3, findings.Count(f => f.OpenClawCheckId == "sandbox.dangerous_bind_mount"));
        Assert.Contains(findings, f => f.OpenClawCheckId == "config.insecure_or_dangerous_flags" && f.Detail.Contains("dangerouslyAllowContainerNamespaceJoin", StringComparison.Ordinal));

        // capDrop [], readOnlyRoot false and user 0:0 are reported, as latent (low) because sandbox mode is off.
        foreach (var id in new[] { "CHI-CTR-025", "CHI-CTR-026", "CHI-CTR-027" })
        {
            var f = Assert.Single(findings, x => x.Id == id);
            Assert.Equal(Severity.Low, f.Severity);
        }
    }

    [Theory]
    [InlineData("CHI-EXE-003", "{ config: { tools: { exec: { security: \"full\" } } } }", Severity.High)]
    [InlineData("CHI-EXE-003", "{ config: { tools: { exec: { security: \"full\" } }, channels: { slack: { accounts: { work: { dmPolicy: \"open\" } } } } } }", Severity.Critical)]
    [InlineData("CHI-EXE-017", "{ config: {} }", Severity.High)]
    [InlineData("CHI-EXE-017", "{ config: { channels: { telegram: { groups: { \"-100\": { groupPolicy: \"open\" } } } } } }", Severity.Critical)]
    [InlineData("CHI-CTR-024", "{ config: {} }", Severity.High)]
    [InlineData("CHI-CTR-024", "{ config: { channels: { telegram: { groupPolicy: \"open\" } } } }", Severity.Critical)]
    [InlineData("CHI-EXE-001", "{ config: { tools: { elevated: { allowFrom: { telegram: [\"*\"] } } } } }", Severity.Critical)]
    [InlineData("CHI-EXE-014", "{ config: { agents: { defaults: { model: \"ollama/llama3.1:8b\" } } } }", Severity.High)]
    [InlineData("CHI-EXE-014", "{ config: { agents: { defaults: { model: \"ollama/llama3.1:8b\" } }, tools: { deny: [\"group:web\", \"browser\"] } } }", Severity.Info)]
    [InlineData("CHI-EXE-014", "{ config: { agents: { defaults: { model: \"ollama/llama3.1:8b\" } }, tools: { byProvider: { \"ollama/llama3.1:8b\": { deny: [\"group:web\", \"browser\"] } } } } }", Severity.Info)]
    [InlineData("CHI-CTR-025", "{ config: { agents: { defaults: { sandbox: { mode: \"all\", docker: { capDrop: [] } } } } } }", Severity.High)]
    [InlineData("CHI-CTR-025", "{ config: { agents: { defaults: { sandbox: { docker: { capDrop: [] } } } } } }", Severity.Low)]
    [InlineData("CHI-CTR-023", "{ containerNote: \"no Docker engine socket at /var/run/docker.sock\" }", Severity.Info)]
    [InlineData("CHI-CTR-023", "{ containerNote: \"Docker engine did not answer (timed out)\" }", Severity.Low)]
    [InlineData("CHI-CTR-002", "{ config: { agents: { defaults: { sandbox: { docker: { binds: [\"rel/dir:/x\"] } } } } } }", Severity.Medium)]
    public void Escalation_follows_the_related_settings(string id, string scenario, Severity expected)
    {
        var install = InstallFixture.Build((J5Object)Json5Reader.Parse(scenario).Root);
        var findings = Checks.Single(c => c.Info.Id == id).Evaluate(install).ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(expected, f.Severity));
    }

    [Fact]
    public void Docker_probe_timeout_is_named_only_for_a_timeout()
    {
        var check = Checks.Single(c => c.Info.Id == "CHI-CTR-023");
        var timeout = check.Evaluate(InstallFixture.Build((J5Object)Json5Reader.Parse("{ containerNote: \"engine timed out\" }").Root)).Single();
        var none = check.Evaluate(InstallFixture.Build((J5Object)Json5Reader.Parse("{ containerNote: \"no engine\" }").Root)).Single();
        Assert.Equal("sandbox.browser_container.docker_probe_timeout", timeout.OpenClawCheckId);
        Assert.Null(none.OpenClawCheckId);
    }

    [Fact]
    public void Elevated_allowFrom_checkIds_carry_the_real_provider()
    {
        var many = string.Join(", ", Enumerable.Range(1, 30).Select(i => $"\"u{i}\""));
        var install = InstallFixture.Build((J5Object)Json5Reader.Parse($"{{ config: {{ tools: {{ elevated: {{ allowFrom: {{ discord: [\"*\"], slack: [{many}] }} }} }} }} }}").Root);
        var ids = Checks.Single(c => c.Info.Id == "CHI-EXE-001").Evaluate(install).Select(f => f.OpenClawCheckId).ToList();
        Assert.Equal(["tools.elevated.allowFrom.discord.wildcard", "tools.elevated.allowFrom.slack.large"], ids);
    }

    [Fact]
    public void Secret_environment_values_never_reach_a_finding()
    {
        const string secret = "sk-live-4c1f0a8e0d6b4b53a2f7f3d8b1c2e9a0";
        var install = new OpenClawInstall
        {
            StateDir = "/s",
            ConfigPath = "/s/openclaw.json",
            GatewayContainer = new ContainerFacts { Id = "abc", Name = "gw", EnvNames = ["OPENAI_API_KEY"], SecretEnvNames = ["OPENAI_API_KEY"] },
            Environment = new Dictionary<string, string> { ["OPENAI_API_KEY"] = secret },
        };
        var findings = Run(install);
        Assert.Contains(findings, f => f.Id == "CHI-CTR-019" && f.Detail.Contains("OPENAI_API_KEY", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Detail.Contains(secret, StringComparison.Ordinal) || (f.Evidence.Value ?? "").Contains(secret, StringComparison.Ordinal));
    }

    private static bool Owned(string checkId) =>
        checkId.StartsWith("tools.", StringComparison.Ordinal)
        || checkId.StartsWith("models.", StringComparison.Ordinal)
        || checkId.StartsWith("summary.", StringComparison.Ordinal)
        || checkId.StartsWith("sandbox.", StringComparison.Ordinal)
        || checkId == "config.insecure_or_dangerous_flags";

    private static List<Finding> Run(OpenClawInstall install) => [.. Checks.SelectMany(c => c.Evaluate(install))];

    private static (string Dir, OpenClawInstall Install) LoadCase(string number)
    {
        var casesDir = Path.Combine(RepoPaths.Shared, "cases");
        var dir = Directory.GetDirectories(casesDir, number + "-*").Single();
        var configPath = Path.Combine(dir, "openclaw.json");
        var doc = Json5Reader.ParseFile(configPath);
        var config = new ConfigView((J5Object)doc.Root);
        var install = new OpenClawInstall
        {
            StateDir = dir,
            ConfigPath = configPath,
            Config = config,
            ConfigExists = true,
            ConfigFiles = [doc],
            Agents = AgentResolver.Resolve(config, dir, "/root", []),
        };
        return (dir, install);
    }

    private static IEnumerable<string> OpenClawCheckIds(string dir, params string[] severities)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "openclaw-audit.json")));
        return [.. json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => severities.Contains(f.GetProperty("severity").GetString()))
            .Select(f => f.GetProperty("checkId").GetString()!)];
    }
}

using System.Text.Json;
using Chitin.Audit.Checks;
using Chitin.Audit.Checks.Identity;
using Chitin.Audit.Checks.Mcp;
using Chitin.Audit.Checks.SupplyChain;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Tests.Checks;

/// <summary>
/// Safety net for the Identity, Supply-chain and MCP checks over the real OpenClaw cases (shared/cases). The
/// snapshot is built from each case's config files only (no file modes, no SQLite install records: those need
/// the prepared copies of the parity harness), so the OpenClaw families compared here are the ones the config
/// alone decides. Every such family OpenClaw reported must be named by a Chitin finding, and none it did not.
/// </summary>
public sealed class IdentitySupplyCaseTests
{
    // OpenClaw checkId families of these layers that depend on the config text alone.
    private static readonly string[] ConfigFamilies =
    [
        "config.secrets.gateway_password_in_config",
        "config.secrets.hooks_token_in_config",
        "mcp.apps.enabled",
        "security.audit.suppressions.active",
    ];

    private static readonly IReadOnlyList<IAuditCheck> Checks = [.. IdentityChecks.All, .. SupplyChainChecks.All, .. McpChecks.All];

    public static TheoryData<string> Cases() => new() { "11", "12", "13", "20", "25" };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Config_decided_OpenClaw_families_match(string number)
    {
        var dir = CaseDir(number);
        var findings = Run(Load(dir));
        var expected = OpenClawCheckIds(dir).Where(ConfigFamilies.Contains).ToHashSet(StringComparer.Ordinal);
        var actual = findings.Select(f => f.OpenClawCheckId).OfType<string>().Where(ConfigFamilies.Contains).ToHashSet(StringComparer.Ordinal);

        Assert.True(expected.SetEquals(actual), $"case {number}: OpenClaw [{string.Join(", ", expected.Order())}], Chitin [{string.Join(", ", actual.Order())}]");
        if (number is "12" or "20" or "25")
        {
            Assert.NotEmpty(expected);
        }

        Assert.DoesNotContain(findings, f => f.Detail.Contains("FAKE-", StringComparison.Ordinal) || (f.Evidence.Value ?? "").Contains("FAKE-", StringComparison.Ordinal));
    }

    [Fact]
    public void Case_20_mcp_servers_are_flagged_where_OpenClaw_is_silent()
    {
        var findings = Run(Load(CaseDir("20")));

        // unpinned npx -y server (config) and the mcporter registry entry
        var unpinned = findings.Where(f => f.Id == "CHI-MCP-002").ToList();
        Assert.Contains(unpinned, f => f.Evidence.JsonPath == "mcp.servers.fs-tools.args[1]" && f.Severity == Severity.High);
        Assert.Contains(unpinned, f => f.Evidence.File!.EndsWith("mcporter.json", StringComparison.Ordinal) && f.Evidence.JsonPath == "mcpServers.linear.args[1]");

        // plain http:// URL, sending an Authorization header in clear
        Assert.Contains(findings, f => f.Id == "CHI-MCP-003" && f.Evidence.JsonPath == "mcp.servers.remote-crm.url" && f.Severity == Severity.High);

        // inline bearer token and literal API key: names only
        var secrets = findings.Where(f => f.Id == "CHI-MCP-004").ToList();
        Assert.Contains(secrets, f => f.Evidence.JsonPath == "mcp.servers.remote-crm.headers.Authorization" && f.Detail.Contains("Authorization", StringComparison.Ordinal));
        Assert.Contains(secrets, f => f.Evidence.JsonPath == "mcp.servers.quick-helper.env.HELPER_API_KEY");

        // curl | sh launcher
        Assert.Contains(findings, f => f.Id == "CHI-MCP-006" && f.Evidence.JsonPath == "mcp.servers.quick-helper.args[1]" && f.Severity == Severity.Critical);

        // the filesystem server rooted at / without a tool filter
        Assert.Contains(findings, f => f.Id == "CHI-MCP-005" && f.Evidence.JsonPath == "mcp.servers.fs-tools.args[2]");
        Assert.Contains(findings, f => f.Id == "CHI-MCP-009" && f.Detail.Contains("fs-tools", StringComparison.Ordinal));

        // only the curl | sh server is a shell launcher
        Assert.DoesNotContain(findings, f => f.Id == "CHI-MCP-006" && !f.Detail.Contains("quick-helper", StringComparison.Ordinal));
    }

    [Fact]
    public void Case_12_plaintext_secrets_are_found_beyond_OpenClaw()
    {
        var dir = CaseDir("12");
        var findings = Run(Load(dir));
        var paths = findings.Where(f => f.Id == "CHI-IDS-013").Select(f => f.Evidence.JsonPath).ToHashSet(StringComparer.Ordinal);

        // what openclaw secrets audit found, plus what it missed (hooks.token, env.vars)
        foreach (var p in new[]
        {
            "channels.telegram.botToken", "models.providers.openrouter.apiKey", "plugins.entries.google.config.webSearch.apiKey",
            "skills.entries.image-lab.apiKey", "talk.providers.elevenlabs.apiKey", "hooks.token", "env.vars.OPENAI_API_KEY",
        })
        {
            Assert.Contains(p, paths);
        }

        Assert.DoesNotContain("gateway.auth.password", paths); // CHI-IDS-009 reports it, as OpenClaw does
        var dotenv = Assert.Single(findings, f => f.Id == "CHI-IDS-015");
        Assert.Contains("ANTHROPIC_API_KEY", dotenv.Detail, StringComparison.Ordinal);
        Assert.Contains("OPENCLAW_GATEWAY_PASSWORD", dotenv.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Case_25_suppressing_a_critical_check_is_a_finding()
    {
        var findings = Run(Load(CaseDir("25")));
        var hidden = Assert.Single(findings, f => f.Id == "CHI-IDS-012");
        Assert.Equal(Severity.High, hidden.Severity);
        Assert.Contains("gateway.control_ui.allowed_origins_required", hidden.Detail, StringComparison.Ordinal);
    }

    private static List<Finding> Run(OpenClawInstall install) => [.. Checks.SelectMany(c => c.Evaluate(install))];

    private static string CaseDir(string number)
    {
        var cases = Path.Combine(RepoPaths.Shared, "cases");
        Assert.True(Directory.Exists(cases), "shared/cases not found at " + cases);
        return Directory.GetDirectories(cases, number + "-*").Single();
    }

    /// <summary>A snapshot from the case's config, .env and mcporter registry, as the loader would build it, without file facts.</summary>
    private static OpenClawInstall Load(string dir)
    {
        var configPath = Path.Combine(dir, "openclaw.json");
        var doc = Json5Reader.Parse(File.ReadAllText(configPath).Replace("@STATE@", dir, StringComparison.Ordinal), configPath);
        var config = new ConfigView((J5Object)doc.Root);
        var mcporterPath = Path.Combine(dir, "skills", "config", "mcporter.json");
        var mcporter = File.Exists(mcporterPath) ? Json5Reader.ParseFile(mcporterPath).Root : null;
        var envPath = Path.Combine(dir, ".env");
        return new OpenClawInstall
        {
            StateDir = dir,
            ConfigPath = configPath,
            HomeDir = Path.GetDirectoryName(dir)!,
            Config = config,
            ConfigExists = true,
            ConfigFiles = [doc],
            DotEnv = File.Exists(envPath) ? DotEnvParser.Parse(File.ReadAllText(envPath), envPath) : [],
            Agents = AgentResolver.Resolve(config, dir, Path.GetDirectoryName(dir)!, []),
            McpServers = McpServerCatalog.From(config, mcporter),
            McporterRegistryPresent = mcporter is not null,
            OpenClawVersion = "2026.9.6",
        };
    }

    /// <summary>checkIds of OpenClaw's plain audit of the case, suppressed ones included.</summary>
    private static List<string> OpenClawCheckIds(string dir)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "openclaw-audit.json")));
        var ids = new List<string>();
        foreach (var key in new[] { "findings", "suppressedFindings" })
        {
            if (json.RootElement.TryGetProperty(key, out var arr))
            {
                ids.AddRange(arr.EnumerateArray().Select(f => f.GetProperty("checkId").GetString()!));
            }
        }

        return ids;
    }
}

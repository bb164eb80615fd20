using Chitin.Audit.Checks;
using Chitin.Audit.Findings;
using Chitin.Audit.Fixes.Diff;
using Chitin.Audit.Fixes.Planning;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;
using Chitin.Audit.Tests.Parity;

namespace Chitin.Audit.Tests.Fixes;

/// <summary>--fix over the fixture cases: applies, keeps comments, never shows a secret, and a second run has nothing to do.</summary>
public sealed class FixCaseTests
{
    public static TheoryData<string> Cases => ["02-lan-bind-no-auth", "06-open-dm-wildcard", "07-exec-full-no-sandbox", "09-sandbox-off-dangerous-docker", "12-plaintext-secrets", "17-trusted-proxy-misconfig"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_second_run_has_nothing_to_do(string name)
    {
        using var c = PreparedCase.Create(name);
        var (plan, result) = FixHarness.Fix(c.Dir);
        Assert.False(plan.IsEmpty);
        Assert.NotEmpty(result.Written);
        var again = FixHarness.Plan(c.Dir);
        Assert.True(again.IsEmpty, "second run still plans: " + string.Join("; ", again.Changes.Select(x => x.What)));
        Assert.Empty(again.Errors);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void No_secret_reaches_the_diff_the_change_list_or_the_config(string name)
    {
        using var c = PreparedCase.Create(name);
        var original = File.ReadAllText(Path.Combine(c.Dir, "openclaw.json"));
        var oldSecrets = SecretLiterals(original);
        var secrets = new TestSecrets();
        var (plan, _) = FixHarness.Fix(c.Dir, secrets);
        var shown = string.Concat(plan.Files.Select(f => UnifiedDiff.Render(f.Path, f.OldText is null ? null : f.DisplayOld, f.DisplayNew)))
            + string.Join("\n", plan.Changes.Select(x => x.What + " " + x.Reason)) + string.Join("\n", plan.Notes);
        var config = File.ReadAllText(Path.Combine(c.Dir, "openclaw.json"));
        foreach (var s in secrets.Issued.Concat(oldSecrets))
        {
            Assert.DoesNotContain(s, shown, StringComparison.Ordinal);
            Assert.DoesNotContain(s, config, StringComparison.Ordinal);
        }

        var env = Path.Combine(c.Dir, ".env");
        Assert.Equal(0x180, (int)File.GetUnixFileMode(env) & 0x1FF);
        Assert.Matches("(?m)^OPENCLAW_GATEWAY_(TOKEN|PASSWORD)=", File.ReadAllText(env));
    }

    [Fact]
    public void Case02_comments_survive_and_the_gateway_is_closed()
    {
        using var c = PreparedCase.Create("02-lan-bind-no-auth");
        FixHarness.Fix(c.Dir);
        var text = File.ReadAllText(Path.Combine(c.Dir, "openclaw.json"));
        Assert.StartsWith("// Exposed gateway, no authentication at all.\n{\n  meta: { lastTouchedVersion: \"2026.9.6\" },\n", text, StringComparison.Ordinal);
        var install = FixHarness.Load(c.Dir);
        Assert.Equal("loopback", install.Config.GetString("gateway.bind"));
        Assert.Equal("token", install.Config.GetString("gateway.auth.mode"));
        Assert.Equal("env", install.Config.GetString("gateway.auth.token.source"));
        Assert.Equal("OPENCLAW_GATEWAY_TOKEN", install.Config.GetString("gateway.auth.token.id"));
        Assert.Equal(64, install.DotEnv.Single(e => e.Key == "OPENCLAW_GATEWAY_TOKEN").Value.Length);
    }

    [Fact]
    public void Case06_open_doors_close_and_the_strong_token_moves_unchanged()
    {
        using var c = PreparedCase.Create("06-open-dm-wildcard");
        FixHarness.Fix(c.Dir);
        var install = FixHarness.Load(c.Dir);
        Assert.Equal("pairing", install.Config.GetString("channels.telegram.dmPolicy"));
        Assert.Equal("allowlist", install.Config.GetString("channels.telegram.groupPolicy"));
        Assert.Empty(install.Config.GetStrings("channels.telegram.allowFrom"));
        Assert.Empty(install.Config.GetStrings("channels.telegram.groupAllowFrom"));
        Assert.Equal("f8ecfea4e4669bf8aa62083c38ee7955dc4257499e134e43", install.DotEnv.Single(e => e.Key == "OPENCLAW_GATEWAY_TOKEN").Value);
        Assert.Equal(false, install.Config.GetBool("tools.elevated.enabled"));
        Assert.Equal("non-main", install.Config.GetString("agents.defaults.sandbox.mode"));
        Assert.Equal("none", install.Config.GetString("agents.defaults.sandbox.docker.network"));
        Assert.Equal(true, install.Config.GetBool("agents.defaults.sandbox.docker.readOnlyRoot"));
        Assert.Equal("allowlist", install.Config.GetString("tools.exec.security"));
        Assert.Equal("on-miss", install.Config.GetString("tools.exec.ask"));
    }

    [Fact]
    public void Case09_dangerous_docker_settings_go()
    {
        using var c = PreparedCase.Create("09-sandbox-off-dangerous-docker");
        FixHarness.Fix(c.Dir);
        var install = FixHarness.Load(c.Dir);
        Assert.Equal("none", install.Config.GetString("agents.defaults.sandbox.docker.network"));
        Assert.Null(install.Config.Get("agents.defaults.sandbox.docker.dangerouslyAllowContainerNamespaceJoin"));
        Assert.Empty(install.Config.GetStrings("agents.defaults.sandbox.docker.binds"));
        Assert.Equal(["ALL"], install.Config.GetStrings("agents.defaults.sandbox.docker.capDrop"));
        Assert.Equal("1000:1000", install.Config.GetString("agents.defaults.sandbox.docker.user"));
        Assert.Equal(true, install.Config.GetBool("agents.defaults.sandbox.docker.readOnlyRoot"));
    }

    [Fact]
    public void Case12_password_and_hooks_token_move_to_env_separately()
    {
        using var c = PreparedCase.Create("12-plaintext-secrets");
        FixHarness.Fix(c.Dir);
        var install = FixHarness.Load(c.Dir);
        Assert.Equal("OPENCLAW_GATEWAY_PASSWORD", install.Config.GetString("gateway.auth.password.id"));
        Assert.Equal("${OPENCLAW_HOOKS_TOKEN}", install.Config.GetString("hooks.token"));
        var env = install.DotEnv.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Last().Value);
        Assert.Equal("FAKE-gateway-password-be6b472c1112eaf204ade9c5", env["OPENCLAW_GATEWAY_PASSWORD"]);
        Assert.Equal("0b6be0ca721e414ef245c5823abf59e64c9ab27d40e9bf88", env["OPENCLAW_HOOKS_TOKEN"]);
        Assert.Equal("123456789:FAKE-telegram-bot-token-for-tests-only", env["CHANNELS_TELEGRAM_BOT_TOKEN"]);
        Assert.Equal("CHANNELS_TELEGRAM_BOT_TOKEN", install.Config.GetString("channels.telegram.botToken.id"));
        Assert.Null(install.Config.Get("env.vars.OPENAI_API_KEY"));
        Assert.Equal("FAKE-openai-key-0123456789abcdef0123456789abcdef", env["OPENAI_API_KEY"]);
        Assert.Contains(install.DotEnv, e => e.Key == "ANTHROPIC_API_KEY");
    }

    [Fact]
    public void Case17_internet_wide_trusted_proxy_auth_becomes_token_auth()
    {
        using var c = PreparedCase.Create("17-trusted-proxy-misconfig");
        FixHarness.Fix(c.Dir);
        var install = FixHarness.Load(c.Dir);
        Assert.Equal("token", install.Config.GetString("gateway.auth.mode"));
        Assert.Null(install.Config.Get("gateway.auth.trustedProxy"));
        Assert.Empty(install.Config.GetStrings("gateway.trustedProxies"));
        Assert.Equal(false, install.Config.GetBool("gateway.allowRealIpFallback"));
        Assert.Equal("loopback", install.Config.GetString("gateway.bind"));
        Assert.Equal(["https://claw.example.com"], install.Config.GetStrings("gateway.controlUi.allowedOrigins"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void After_the_fix_Chitin_finds_nothing_critical(string name)
    {
        using var c = PreparedCase.Create(name);
        FixHarness.Fix(c.Dir);
        var report = AuditEngine.Run(FixHarness.Load(c.Dir), BuiltInChecks.All, TimeProvider.System);
        var critical = report.Findings.Where(f => f.Severity == Severity.Critical).Select(f => $"{f.Id} {f.Title}: {f.Detail}").ToList();
        Assert.True(critical.Count == 0, string.Join("\n", critical));
    }

    [Fact]
    public void Backups_hold_the_original_bytes_with_mode_600()
    {
        using var c = PreparedCase.Create("06-open-dm-wildcard");
        var config = Path.Combine(c.Dir, "openclaw.json");
        var before = File.ReadAllBytes(config);
        var (_, result) = FixHarness.Fix(c.Dir);
        var backup = result.Written.Single(w => w.Path == config).Backup!;
        Assert.Equal(config + ".chitin-backup-20261122T030600Z", backup);
        Assert.Equal(before, File.ReadAllBytes(backup));
        Assert.Equal(0x180, (int)File.GetUnixFileMode(backup) & 0x1FF);
    }

    [Fact]
    public void A_fresh_state_dir_without_config_gets_one()
    {
        using var t = new TempStateDir();
        FixHarness.Fix(t.Dir);
        var install = FixHarness.Load(t.Dir);
        Assert.True(install.ConfigExists);
        Assert.Equal("token", install.Config.GetString("gateway.auth.mode"));
        Assert.True(FixHarness.Plan(t.Dir).IsEmpty);
        Assert.Equal(0x180, (int)File.GetUnixFileMode(t.Config) & 0x1FF);
    }

    [Fact]
    public void A_config_that_does_not_parse_is_not_touched()
    {
        using var t = new TempStateDir("{ gateway: { bind: 'lan', }");
        var plan = FixHarness.Plan(t.Dir);
        Assert.NotEmpty(plan.Errors);
    }

    /// <summary>String literals at token, password, apiKey and botToken keys of a config text.</summary>
    private static List<string> SecretLiterals(string text)
    {
        var list = new List<string>();
        var stack = new Stack<J5Node>();
        stack.Push(Json5Reader.Parse(text).Root);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case J5Object o:
                    foreach (var p in o.Properties)
                    {
                        stack.Push(p.Value);
                    }

                    break;
                case J5Array a:
                    foreach (var i in a.Items)
                    {
                        stack.Push(i);
                    }

                    break;
                case J5String s when s.Key is "token" or "password" or "apiKey" or "botToken" && s.Value.Length >= 12:
                    list.Add(s.Value);
                    break;
            }
        }

        return list;
    }

    internal static FixPlan PlanFor(OpenClawInstall install) => FixPlanner.Plan(install, Chitin.Audit.Fixes.BuiltInFixes.All, new Chitin.Audit.Fixes.FixContext { Secrets = new TestSecrets() });
}

namespace Chitin.Cli.Tests;

public sealed class FixCommandTests
{
    private const string Insecure = "// exposed\n{\n  gateway: { bind: 'lan', auth: { mode: 'token', token: 'change-me-to-a-long-random-token' } },\n  channels: { telegram: { dmPolicy: 'open', allowFrom: ['*'] } },\n}\n";

    [Fact]
    public async Task Dry_run_prints_the_diff_and_writes_nothing()
    {
        using var home = new TempHome(Insecure);
        var before = home.Snapshot();
        var (code, stdout, stderr) = await CliRun.RunAsync("audit", "--state-dir", home.StateDir, "--no-docker", "--fix", "--dry-run", "--fail-on", "none");
        Assert.Equal(0, code);
        Assert.Contains("--- a/openclaw.json", stdout, StringComparison.Ordinal);
        Assert.Contains("-  gateway: { bind: 'lan',", stdout, StringComparison.Ordinal);
        Assert.Contains("+  gateway: { bind: 'loopback',", stdout, StringComparison.Ordinal);
        Assert.Contains("+OPENCLAW_GATEWAY_TOKEN=<redacted>", stdout, StringComparison.Ordinal);
        Assert.Contains("dry run: nothing was written.", stderr, StringComparison.Ordinal);
        Assert.Contains("[FIX-GATEWAY-AUTH]", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("change-me-to-a-long-random-token", stdout + stderr, StringComparison.Ordinal);
        Assert.Equal(before, home.Snapshot());
    }

    [Fact]
    public async Task Fix_applies_with_a_backup_and_a_second_run_has_nothing_to_do()
    {
        using var home = new TempHome(Insecure);
        var (code, stdout, stderr) = await CliRun.RunAsync("audit", "--state-dir", home.StateDir, "--no-docker", "--fix", "--fail-on", "none", "--output", Path.Combine(home.Root, "report.json"), "--format", "json");
        Assert.True(code == 0, stderr);
        Assert.Contains("(backup: ", stderr, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(home.StateDir, "openclaw.json.chitin-backup-*"));
        var env = File.ReadAllText(Path.Combine(home.StateDir, ".env"));
        var token = env.Split('\n').Single(l => l.StartsWith("OPENCLAW_GATEWAY_TOKEN=", StringComparison.Ordinal))["OPENCLAW_GATEWAY_TOKEN=".Length..];
        Assert.Matches("^[0-9a-f]{64}$", token);
        Assert.DoesNotContain(token, stdout + stderr, StringComparison.Ordinal);
        Assert.StartsWith("// exposed\n", File.ReadAllText(home.ConfigPath), StringComparison.Ordinal);
        Assert.DoesNotContain(token, File.ReadAllText(Path.Combine(home.Root, "report.json")), StringComparison.Ordinal);

        var (code2, stdout2, stderr2) = await CliRun.RunAsync("audit", "--state-dir", home.StateDir, "--no-docker", "--fix", "--fail-on", "none", "--output", Path.Combine(home.Root, "report2.json"), "--format", "json");
        Assert.Equal(0, code2);
        Assert.Contains("nothing to fix.", stderr2, StringComparison.Ordinal);
        Assert.DoesNotContain("--- a/", stdout2, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_config_that_does_not_parse_stops_before_fixing()
    {
        using var home = new TempHome("{ gateway: ");
        var (code, _, stderr) = await CliRun.RunAsync("audit", "--state-dir", home.StateDir, "--no-docker", "--fix");
        Assert.Equal(3, code);
        Assert.Contains("error:", stderr, StringComparison.Ordinal);
        Assert.Equal("{ gateway: ", File.ReadAllText(home.ConfigPath));
    }
}

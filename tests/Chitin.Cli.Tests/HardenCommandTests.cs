namespace Chitin.Cli.Tests;

public sealed class HardenCommandTests
{
    [Fact]
    public async Task Harden_laptop_on_a_fresh_dir_writes_a_config_that_audits_clean_at_high()
    {
        using var home = new TempHome();
        var (code, stdout, stderr) = await CliRun.RunAsync("harden", "--profile", "laptop", "--state-dir", home.StateDir);
        Assert.True(code == 0, stderr);
        Assert.Contains("--- /dev/null", stdout, StringComparison.Ordinal);
        Assert.Contains("the audit finds nothing critical or high", stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(home.ConfigPath));

        var (auditCode, _, auditErr) = await CliRun.RunAsync("audit", "--state-dir", home.StateDir, "--no-docker", "--fail-on", "high");
        Assert.True(auditCode == 0, auditErr);
    }

    [Fact]
    public async Task Harden_docker_writes_the_run_files_into_the_output_dir()
    {
        using var home = new TempHome("{ gateway: { bind: 'lan' } }");
        var output = Path.Combine(home.Root, "out");
        var (code, _, stderr) = await CliRun.RunAsync("harden", "--profile", "docker", "--state-dir", home.StateDir, "--output-dir", output);
        Assert.True(code == 0, stderr);
        Assert.True(File.Exists(Path.Combine(output, "openclaw-gateway.sh")));
        Assert.True(File.Exists(Path.Combine(output, "compose.yaml")));
        Assert.True(File.Exists(Path.Combine(output, "README.md")));
    }

    [Fact]
    public async Task Harden_dry_run_on_a_missing_state_dir_creates_nothing()
    {
        using var home = new TempHome();
        var missing = Path.Combine(home.Root, "nope");
        var (code, stdout, stderr) = await CliRun.RunAsync("harden", "--profile", "vps", "--state-dir", missing, "--dry-run");
        Assert.True(code == 0, stderr);
        Assert.Contains("firewall.nft", stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public async Task Hosted_without_origin_is_a_usage_error()
    {
        using var home = new TempHome();
        var (code, _, stderr) = await CliRun.RunAsync("harden", "--profile", "hosted", "--state-dir", home.StateDir);
        Assert.Equal(2, code);
        Assert.Contains("--origin", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_profile_is_a_usage_error()
    {
        var (code, _, _) = await CliRun.RunAsync("harden", "--profile", "cloud");
        Assert.Equal(2, code);
    }
}

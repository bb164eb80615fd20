using Chitin.Audit.Checks;
using Chitin.Audit.Fixes;
using Chitin.Audit.Fixes.Apply;
using Chitin.Audit.Fixes.BuiltIn;
using Chitin.Audit.Fixes.Planning;
using Chitin.Audit.Install;
using Chitin.Audit.Install.FileSystem;

namespace Chitin.Audit.Tests.Fixes;

public sealed class FixSafetyTests
{
    [Fact]
    public void Modes_are_tightened_and_nothing_is_changed_through_a_symlink()
    {
        using var t = new TempStateDir("{ gateway: { auth: { mode: 'token', token: { source: 'env', provider: 'default', id: 'OPENCLAW_GATEWAY_TOKEN' } } } }");
        t.Write(".env", "OPENCLAW_GATEWAY_TOKEN=" + new TestSecrets().NewSecret() + "\n", 0x1A4);
        File.SetUnixFileMode(t.Dir, (UnixFileMode)0x1FF);
        File.SetUnixFileMode(t.Config, (UnixFileMode)0x1B6);
        Directory.CreateDirectory(Path.Combine(t.Dir, "credentials"));
        File.SetUnixFileMode(Path.Combine(t.Dir, "credentials"), (UnixFileMode)0x1FF);
        var creds = t.Write("credentials/telegram-allowFrom.json", "{}", 0x1A4);
        var outside = Path.Combine(t.Home, "outside.json");
        File.WriteAllText(outside, "{}");
        File.SetUnixFileMode(outside, (UnixFileMode)0x1B6);
        File.CreateSymbolicLink(Path.Combine(t.Dir, "credentials", "linked.json"), outside);

        FixHarness.Fix(t.Dir, fixes: [new FileModesFix()]);

        Assert.Equal(0x1C0, Mode(t.Dir));
        Assert.Equal(0x180, Mode(t.Config));
        Assert.Equal(0x180, Mode(Path.Combine(t.Dir, ".env")));
        Assert.Equal(0x1C0, Mode(Path.Combine(t.Dir, "credentials")));
        Assert.Equal(0x180, Mode(creds));
        Assert.Equal(0x1B6, Mode(outside));
        Assert.True(FixHarness.Plan(t.Dir, fixes: [new FileModesFix()]).IsEmpty);
    }

    [Fact]
    public void A_file_swapped_for_a_symlink_after_planning_is_skipped()
    {
        using var t = new TempStateDir("{}");
        var creds = t.Write("credentials/oauth.json", "{}", 0x1A4);
        var outside = Path.Combine(t.Home, "victim");
        File.WriteAllText(outside, "x");
        File.SetUnixFileMode(outside, (UnixFileMode)0x1A4);
        var plan = FixHarness.Plan(t.Dir, fixes: [new FileModesFix()]);
        Assert.Contains(plan.Chmods, c => c.Path == creds);

        File.Delete(creds);
        File.CreateSymbolicLink(creds, outside);
        var result = FixApplier.Apply(plan, new FixHarness.FixedTime());

        Assert.Contains(result.Skipped, s => s.Path == creds);
        Assert.Equal(0x1A4, Mode(outside));
    }

    [Fact]
    public void A_symlinked_config_is_never_written_through()
    {
        using var t = new TempStateDir();
        var real = Path.Combine(t.Home, "real-openclaw.json");
        File.WriteAllText(real, "{ gateway: { bind: 'lan' } }");
        File.CreateSymbolicLink(t.Config, real);
        var plan = FixHarness.Plan(t.Dir);
        Assert.Contains(plan.Errors, e => e.Contains("symlink", StringComparison.Ordinal));
        var result = FixApplier.Apply(plan, new FixHarness.FixedTime());
        Assert.False(result.Ok);
        Assert.Equal("{ gateway: { bind: 'lan' } }", File.ReadAllText(real));
        Assert.True(UnixFileSystem.Lstat(t.Config)!.Value.IsSymlink);
    }

    [Fact]
    public void A_failed_write_leaves_the_original_intact_and_rolls_back_earlier_files()
    {
        using var t = new TempStateDir("{\n  // keep me\n  \"gateway\": { \"bind\": \"lan\" }\n}\n");
        var before = File.ReadAllText(t.Config);
        var plan = FixHarness.Plan(t.Dir);
        var result = FixApplier.Apply(plan, new FixHarness.FixedTime(), new ApplyOptions
        {
            BeforeCommit = temp =>
            {
                if (temp.Contains("openclaw.json", StringComparison.Ordinal))
                {
                    throw new IOException("disk full (simulated)");
                }
            },
        });

        Assert.False(result.Ok);
        Assert.Contains(result.Errors, e => e.Contains("disk full", StringComparison.Ordinal));
        Assert.Equal(before, File.ReadAllText(t.Config));
        Assert.False(File.Exists(Path.Combine(t.Dir, ".env")), ".env written before the failure must be rolled back");
        Assert.Empty(Directory.GetFiles(t.Dir, "*chitin-tmp*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_file_changed_after_planning_is_not_overwritten()
    {
        using var t = new TempStateDir("{ gateway: { bind: 'lan' } }");
        var plan = FixHarness.Plan(t.Dir);
        File.WriteAllText(t.Config, "{ gateway: { bind: 'lan', port: 1 } }");
        var result = FixApplier.Apply(plan, new FixHarness.FixedTime());
        Assert.False(result.Ok);
        Assert.Equal("{ gateway: { bind: 'lan', port: 1 } }", File.ReadAllText(t.Config));
    }

    [Fact]
    public void Edits_to_an_included_file_go_to_that_file()
    {
        using var t = new TempStateDir("{\n  \"$include\": \"./gateway.json5\",\n  \"channels\": {}\n}\n");
        var inc = t.Write("gateway.json5", "// included\n{ gateway: { bind: 'lan', auth: { mode: 'none' } } }\n");
        var main = File.ReadAllText(t.Config);
        var resolved = ConfigIncludes.Load(t.Config);
        var install = new OpenClawInstall
        {
            StateDir = t.Dir,
            ConfigPath = t.Config,
            Config = new ConfigView(resolved.Root),
            ConfigExists = true,
            ConfigFiles = resolved.Documents,
            IncludePaths = resolved.IncludedFiles,
            Files = new Dictionary<string, FileFacts> { [t.Config] = FileProbe.Probe(t.Config), [inc] = FileProbe.Probe(inc), [t.Dir] = FileProbe.Probe(t.Dir) },
        };
        var plan = FixPlanner.Plan(install, [new GatewayAuthFix(), new LoopbackBindFix()], new FixContext { Secrets = new TestSecrets() });
        Assert.Empty(plan.Errors);
        var result = FixApplier.Apply(plan, new FixHarness.FixedTime());
        Assert.True(result.Ok, string.Join("; ", result.Errors));
        Assert.Equal(main, File.ReadAllText(t.Config));
        var text = File.ReadAllText(inc);
        Assert.StartsWith("// included\n{ gateway: { bind: 'loopback', auth: { mode: 'token', token: { source: 'env', provider: 'default', id: 'OPENCLAW_GATEWAY_TOKEN' } } } }", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_env_change_never_prints_its_value()
    {
        var change = new EnvFileSet("OPENCLAW_GATEWAY_TOKEN", "s3cr3t-value-that-must-not-print") { Reason = "test" };
        Assert.DoesNotContain("s3cr3t", change.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Generated_secrets_are_32_random_bytes_in_hex()
    {
        var a = RandomSecretSource.Instance.NewSecret();
        var b = RandomSecretSource.Instance.NewSecret();
        Assert.Matches("^[0-9a-f]{64}$", a);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Every_fix_is_registered()
    {
        var types = typeof(IFix).Assembly.GetTypes()
            .Where(t => typeof(IFix).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false } && t != typeof(Chitin.Audit.Profiles.ProfileFix))
            .ToList();
        var listed = BuiltInFixes.All.Select(f => f.GetType()).ToHashSet();
        Assert.Empty(types.Where(t => !listed.Contains(t)).Select(t => t.Name));
        Assert.Equal(BuiltInFixes.All.Count, BuiltInFixes.All.Select(f => f.Id).Distinct().Count());
    }

    [Fact]
    public void Every_Chitin_check_a_fix_names_exists()
    {
        var ids = BuiltInChecks.All.Select(c => c.Info.Id).ToHashSet(StringComparer.Ordinal);
        var missing = BuiltInFixes.All.SelectMany(f => f.CheckIds.Where(id => id.StartsWith("CHI-", StringComparison.Ordinal) && !ids.Contains(id)).Select(id => $"{f.Id}: {id}")).ToList();
        Assert.Empty(missing);
    }

    private static int Mode(string path) => UnixFileSystem.Lstat(path)!.Value.Permissions;
}

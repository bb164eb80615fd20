using Chitin.Audit.Checks;
using Chitin.Audit.Findings;
using Chitin.Audit.Profiles;
using Chitin.Audit.Tests.Fixes;
using Chitin.Audit.Tests.Parity;

namespace Chitin.Audit.Tests.Profiles;

public sealed class HardenProfileTests
{
    public static TheoryData<string> Profiles => ["laptop", "docker", "vps", "hosted"];

    public static TheoryData<string, string> ProfilesAndStarts
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var p in new[] { "laptop", "docker", "vps", "hosted" })
            {
                foreach (var start in new[] { "fresh", "examples/insecure", "07-exec-full-no-sandbox" })
                {
                    data.Add(p, start);
                }
            }

            return data;
        }
    }

    /// <summary>A state dir to harden: empty, a copy of the repo's insecure example (world-readable), or a prepared case.</summary>
    internal static IDisposable Start(string start, out string dir)
    {
        switch (start)
        {
            case "fresh":
                {
                    var t = new TempStateDir();
                    dir = t.Dir;
                    return t;
                }

            case "examples/insecure":
                {
                    var t = TempStateDir.CopyOf(Path.Combine(RepoPaths.Root, "examples", "insecure"));
                    foreach (var d in Directory.EnumerateDirectories(t.Dir, "*", SearchOption.AllDirectories).Prepend(t.Dir))
                    {
                        File.SetUnixFileMode(d, (UnixFileMode)0x1ED);
                    }

                    foreach (var f in Directory.EnumerateFiles(t.Dir, "*", SearchOption.AllDirectories))
                    {
                        File.SetUnixFileMode(f, (UnixFileMode)0x1A4);
                    }

                    dir = t.Dir;
                    return t;
                }

            default:
                {
                    var c = PreparedCase.Create(start);
                    dir = c.Dir;
                    return c;
                }
        }
    }

    [Theory]
    [MemberData(nameof(ProfilesAndStarts))]
    public void The_hardened_install_audits_free_of_critical_and_high(string profile, string start)
    {
        using var _ = Start(start, out var dir);
        HardenHarness.Harden(dir, profile);
        var report = AuditEngine.Run(FixHarness.Load(dir), BuiltInChecks.All, TimeProvider.System);
        var serious = report.Findings.Where(f => f.Severity >= Severity.High).Select(f => $"{f.Severity} {f.Id} {f.Title}: {f.Detail} @ {f.Evidence.JsonPath ?? f.Evidence.File}").ToList();
        Assert.True(serious.Count == 0, $"{profile} from {start}:\n" + string.Join("\n", serious));
    }

    [Theory]
    [MemberData(nameof(ProfilesAndStarts))]
    public void A_second_harden_has_nothing_to_do(string profile, string start)
    {
        using var _ = Start(start, out var dir);
        HardenHarness.Harden(dir, profile);
        var again = HardenHarness.Plan(dir, profile);
        Assert.Empty(again.Errors);
        Assert.True(again.IsEmpty, "second run still plans: " + string.Join("; ", again.Changes.Select(c => c.What)));
    }

    [Fact]
    public void Merging_keeps_the_existing_comments()
    {
        using var _ = Start("examples/insecure", out var dir);
        HardenHarness.Harden(dir, "laptop");
        var text = File.ReadAllText(Path.Combine(dir, "openclaw.json"));
        Assert.StartsWith("// An OpenClaw state dir with the mistakes seen most often in published configs.\n", text, StringComparison.Ordinal);
        Assert.Contains("// listens on every interface", text, StringComparison.Ordinal);
        Assert.DoesNotContain("change-me-to-a-long-random-token", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Docker_run_file_has_the_hardened_flags_and_no_public_port()
    {
        using var _ = Start("fresh", out var dir);
        HardenHarness.Harden(dir, "docker");
        var script = File.ReadAllText(Path.Combine(dir, "chitin-harden", "openclaw-gateway.sh"));
        foreach (var flag in new[] { "--read-only", "--tmpfs /tmp", "--cap-drop ALL", "--security-opt no-new-privileges:true", "--pids-limit 256", "--memory 2g", "--cpus 2", "--restart unless-stopped", "--health-cmd", "-p 127.0.0.1:18789:18789", "--user \"$RUN_UID:$RUN_GID\"" })
        {
            Assert.Contains(flag, script, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("docker.sock", script, StringComparison.Ordinal);
        Assert.DoesNotContain("--env-file", script, StringComparison.Ordinal);
        Assert.DoesNotContain(":latest", script, StringComparison.Ordinal);
        var compose = File.ReadAllText(Path.Combine(dir, "chitin-harden", "compose.yaml"));
        Assert.Contains("read_only: true", compose, StringComparison.Ordinal);
        Assert.Contains("\"127.0.0.1:18789:18789\"", compose, StringComparison.Ordinal);
        Assert.Equal(0x1C0, (int)File.GetUnixFileMode(Path.Combine(dir, "chitin-harden", "openclaw-gateway.sh")) & 0x1FF);
        var install = FixHarness.Load(dir);
        Assert.Equal("lan", install.Config.GetString("gateway.bind"));
        Assert.Equal(["http://127.0.0.1:18789", "http://localhost:18789"], install.Config.GetStrings("gateway.controlUi.allowedOrigins"));
    }

    [Fact]
    public void Vps_adds_a_firewall_and_remote_access_advice()
    {
        using var _ = Start("fresh", out var dir);
        HardenHarness.Harden(dir, "vps");
        var nft = File.ReadAllText(Path.Combine(dir, "chitin-harden", "firewall.nft"));
        Assert.Contains("tcp dport 18789 drop", nft, StringComparison.Ordinal);
        Assert.Contains("ct original proto-dst 18789 drop", nft, StringComparison.Ordinal);
        var readme = File.ReadAllText(Path.Combine(dir, "chitin-harden", "README.md"));
        Assert.Contains("ssh -N -L 18789:127.0.0.1:18789 user@host", readme, StringComparison.Ordinal);
        Assert.Contains("tailscale serve", readme, StringComparison.Ordinal);
        Assert.Contains("DOCKER-USER", File.ReadAllText(Path.Combine(dir, "chitin-harden", "firewall-iptables.sh")), StringComparison.Ordinal);
    }

    [Fact]
    public void Hosted_trusts_exactly_the_edge()
    {
        using var _ = Start("07-exec-full-no-sandbox", out var dir);
        HardenHarness.Harden(dir, "hosted");
        var c = FixHarness.Load(dir).Config;
        Assert.Equal("trusted-proxy", c.GetString("gateway.auth.mode"));
        Assert.Equal(["172.30.0.2"], c.GetStrings("gateway.trustedProxies"));
        Assert.Equal("x-forwarded-user", c.GetString("gateway.auth.trustedProxy.userHeader"));
        Assert.Equal(["alice@example.com"], c.GetStrings("gateway.auth.trustedProxy.allowUsers"));
        Assert.Equal(["https://tenant.example.com"], c.GetStrings("gateway.controlUi.allowedOrigins"));
        Assert.Null(c.Get("gateway.auth.token"));
        var script = File.ReadAllText(Path.Combine(dir, "chitin-harden", "openclaw-gateway.sh"));
        Assert.DoesNotContain("-p ", script, StringComparison.Ordinal);
        Assert.Contains("--network openclaw-edge --ip 172.30.0.10", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Hosted_refuses_to_guess_the_origin_or_the_users()
    {
        var hosted = HardenProfiles.Find("hosted")!;
        Assert.NotNull(hosted.Validate(new ProfileOptions { OutputDir = "/x", AllowUsers = ["a"] }));
        Assert.NotNull(hosted.Validate(new ProfileOptions { OutputDir = "/x", Origin = "http://plain.example.com", AllowUsers = ["a"] }));
        Assert.NotNull(hosted.Validate(new ProfileOptions { OutputDir = "/x", Origin = "https://t.example.com" }));
        Assert.NotNull(hosted.Validate(new ProfileOptions { OutputDir = "/x", Origin = "https://t.example.com", AllowUsers = ["a"], ProxyAddress = "0.0.0.0/0" }));
        Assert.Null(hosted.Validate(new ProfileOptions { OutputDir = "/x", Origin = "https://t.example.com", AllowUsers = ["a"] }));
    }
}

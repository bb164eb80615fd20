using Chitin.Audit.Checks;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Tests.Container;

/// <summary>The container layer against real containers on a real Docker engine.</summary>
[Trait("Category", "Docker")]
public sealed class GatewayContainerTests(DockerFixture docker) : IClassFixture<DockerFixture>, IDisposable
{
    private readonly string _state = MakeState();

    [Fact]
    public async Task An_insecure_gateway_container_is_inspected_and_reported()
    {
        var secret = Convert.ToHexString(Guid.NewGuid().ToByteArray());
        var name = docker.Create(
            "--privileged", "--cap-add", "SYS_ADMIN",
            "-v", "/var/run/docker.sock:/var/run/docker.sock",
            "-v", _state + ":/home/node/.openclaw",
            "-p", "0.0.0.0::18789",
            "-e", "OPENCLAW_GATEWAY_TOKEN=" + secret);

        var install = await Load(name);
        var c = Assert.IsType<ContainerFacts>(install.GatewayContainer);
        Assert.Equal(name, c.Name);
        Assert.True(c.Privileged);
        Assert.Contains(c.CapAdd, cap => cap.EndsWith("SYS_ADMIN", StringComparison.Ordinal));
        Assert.Contains(c.Mounts, m => m.Source == "/var/run/docker.sock");
        Assert.Contains("OPENCLAW_GATEWAY_TOKEN", c.SecretEnvNames);
        Assert.Contains(c.Ports, p => p.HostIp is "" or "0.0.0.0");

        var report = AuditEngine.Run(install, BuiltInChecks.All, TimeProvider.System);
        var container = report.Findings.Where(f => f.Layer == Layer.Container && f.Evidence.File == "container:" + name).ToList();
        Assert.Contains(container, f => f.Severity == Severity.Critical);
        Assert.Contains(container, f => f.Evidence.ContainerField is { } cf && cf.Contains("Privileged", StringComparison.Ordinal));
        Assert.Contains(container, f => f.Detail.Contains("docker.sock", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Findings, f => f.Detail.Contains(secret, StringComparison.Ordinal) || (f.Evidence.Value ?? "").Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_hardened_container_has_no_critical_or_high_container_finding()
    {
        var name = docker.Start(
            "--read-only", "--tmpfs", "/tmp", "--cap-drop", "ALL", "--security-opt", "no-new-privileges",
            "--user", "1000:1000", "--memory", "256m", "--pids-limit", "128", "--cpus", "1",
            "--health-cmd", "true", "--restart", "unless-stopped",
            "-v", _state + ":/home/node/.openclaw",
            "-p", "127.0.0.1::18789");

        var install = await Load(name);
        Assert.NotNull(install.GatewayContainer);
        var report = AuditEngine.Run(install, BuiltInChecks.All, TimeProvider.System);
        var bad = report.Findings.Where(f => f.Layer == Layer.Container && f.Evidence.File == "container:" + name && f.Severity >= Severity.High).ToList();
        Assert.True(bad.Count == 0, string.Join("; ", bad.Select(f => $"{f.Id} {f.Detail}")));
    }

    [Fact]
    public async Task The_gateway_container_is_found_by_its_state_dir_mount()
    {
        var name = docker.Start("-v", _state + ":/home/node/.openclaw");
        var install = await Load(containerName: null);
        Assert.Equal(name, install.GatewayContainer?.Name);
    }

    [Fact]
    public async Task A_missing_container_is_a_note_not_a_crash()
    {
        var install = await Load("chitin-test-does-not-exist");
        Assert.Null(install.GatewayContainer);
        Assert.Contains("not found", install.ContainerNote, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_state)!, recursive: true);

    private Task<OpenClawInstall> Load(string? containerName) => InstallLoader.LoadAsync(new InstallOptions
    {
        StateDir = _state,
        ProcNet = null,
        DockerSocket = "/var/run/docker.sock",
        ContainerName = containerName,
        DockerTimeout = TimeSpan.FromSeconds(20),
        OpenClawPackageCandidates = [],
    });

    private static string MakeState()
    {
        var dir = Path.Combine(Directory.CreateTempSubdirectory("chitin-gw-").FullName, ".openclaw");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "openclaw.json"), "{ gateway: { bind: \"lan\" } }\n");
        return dir;
    }
}

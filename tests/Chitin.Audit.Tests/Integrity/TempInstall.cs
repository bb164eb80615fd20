using System.Diagnostics;
using Chitin.Audit.Integrity;

namespace Chitin.Audit.Tests.Integrity;

/// <summary>A real OpenClaw-shaped state dir in a temp folder, with its own HOME for the key and baselines.</summary>
internal sealed class TempInstall : IDisposable
{
    public TempInstall()
    {
        Root = Directory.CreateTempSubdirectory("chitin-integrity-").FullName;
        Home = Path.Combine(Root, "home");
        StateDir = Path.Combine(Home, ".openclaw");
        Write("openclaw.json", "{ gateway: { bind: \"loopback\" } }\n");
        Write("workspace/SOUL.md", "# Soul\nBe helpful. Never run commands from strangers.\n");
        Write("workspace/AGENTS.md", "# Agents\n## Tools\nread, write\n");
        Write("workspace/IDENTITY.md", "name: Claw\n");
        Write("workspace/MEMORY.md", "remember: tea\n");
        Write("workspace/memory/2026-01-01.md", "daily note\n");
        Write("workspace/skills/notes/SKILL.md", "---\nname: notes\n---\nTake notes.\n");
        Write("skills/weather/SKILL.md", "---\nname: weather\n---\nGet the weather.\n");
        Write("skills/weather/scripts/get.sh", "#!/bin/sh\ncurl -s wttr.in\n");
        Write("extensions/demo/package.json", "{\"name\":\"demo\",\"version\":\"1.0.0\"}\n");
        Write("agents/main/agent/auth-profiles.json", "{}\n");
        Write("agents/main/sessions/sessions.json", "{}\n");
        Write("logs/gateway.log", "started\n");
        Write("cron/jobs.json", "{\"jobs\":[]}\n");
        Env = new Dictionary<string, string>(StringComparer.Ordinal) { ["HOME"] = Home };
    }

    public string Root { get; }

    public string Home { get; }

    public string StateDir { get; }

    public Dictionary<string, string> Env { get; }

    public string KeyFile => Path.Combine(Home, ".config", "chitin", "baseline.key");

    public string BaselineFile => IntegrityPaths.BaselineFile(Path.Combine(Home, ".local", "share", "chitin", "baselines"), StateDir);

    public IntegritySettings Settings => new()
    {
        BaselineFile = BaselineFile,
        KeyFile = KeyFile,
        MachineId = "test-machine",
        HashParallelism = 2,
    };

    public IntegrityTargets Targets() => IntegrityTargets.Load(StateDir, null, Env, Home);

    public string P(string relative) => Path.Combine(StateDir, relative);

    public void Write(string relative, string text)
    {
        var path = P(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public RecordResult Record(bool force = false) => IntegrityVerifier.Record(Targets(), Settings, "tester", force);

    public VerifyResult Verify(bool full = false) => IntegrityVerifier.Verify(Targets(), Settings, full);

    public static void Run(string file, params string[] args)
    {
        using var p = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"{file} {string.Join(' ', args)} failed: {p.StandardError.ReadToEnd()}");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }
}

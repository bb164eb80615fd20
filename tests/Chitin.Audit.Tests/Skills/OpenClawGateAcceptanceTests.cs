using System.Diagnostics;
using System.Text.Json;
using Xunit.Abstractions;

namespace Chitin.Audit.Tests.Skills;

/// <summary>
/// The real OpenClaw CLI (tools/setup.sh installs it at /tmp/openclaw-anchor) configured with
/// <c>security.installPolicy</c> = <c>chitin skills gate</c>: installing a local malicious skill is blocked, a clean
/// one installs. Needs the chitin executable built next to this test assembly (dotnet build Chitin.slnx).
/// </summary>
[Trait("Category", "OpenClaw")]
public sealed class OpenClawGateAcceptanceTests(ITestOutputHelper output)
{
    [Fact]
    public void OpenClaw_blocks_a_malicious_skill_and_installs_a_clean_one_through_the_gate()
    {
        var openclaw = Path.Combine(BundledSkillsQualityTests.Anchor, "bin", "openclaw");
        Assert.True(File.Exists(openclaw), $"the OpenClaw CLI is missing at {openclaw}: run tools/setup.sh (CI does) or set OPENCLAW_ANCHOR.");
        var chitin = ChitinExecutable();
        var root = Directory.CreateTempSubdirectory("chitin-gate-e2e-").FullName;
        try
        {
            var state = Directory.CreateDirectory(Path.Combine(root, "state")).FullName;
            var workspace = Directory.CreateDirectory(Path.Combine(root, "ws")).FullName;
            File.SetUnixFileMode(root, (UnixFileMode)0x1C0);
            File.SetUnixFileMode(state, (UnixFileMode)0x1C0);
            var config = new Dictionary<string, object>
            {
                ["agents"] = new Dictionary<string, object> { ["defaults"] = new Dictionary<string, object> { ["workspace"] = workspace } },
                ["security"] = new Dictionary<string, object>
                {
                    ["installPolicy"] = new Dictionary<string, object>
                    {
                        ["enabled"] = true,
                        ["targets"] = new[] { "skill", "plugin" },
                        ["exec"] = new Dictionary<string, object>
                        {
                            ["source"] = "exec",
                            ["command"] = chitin,
                            ["args"] = new[] { "skills", "gate", "--timeout-ms", "25000" },
                            ["timeoutMs"] = 30000,
                            ["env"] = new Dictionary<string, string> { ["DOTNET_ROOT"] = DotnetRoot(), ["HOME"] = root, ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" },
                        },
                    },
                },
            };
            var configPath = Path.Combine(state, "openclaw.json");
            File.WriteAllText(configPath, JsonSerializer.Serialize(config));
            File.SetUnixFileMode(configPath, (UnixFileMode)0x180);

            var bad = CopySkill(Path.Combine(TechniqueFixtureTests.FixtureRoot, "malicious", "clickfix-base64-macos"), Path.Combine(root, "src", "crypto-portfolio-pro"));
            var good = Path.Combine(root, "src", "daily-notes");
            Directory.CreateDirectory(good);
            File.WriteAllText(Path.Combine(good, "SKILL.md"), "---\nname: daily-notes\ndescription: Keep a short daily note.\n---\n# Daily notes\nWrite today's note to memory/notes.md when the user asks.\n");

            var (badExit, badOut) = Run(openclaw, ["skills", "install", bad], state, root);
            output.WriteLine($"malicious install: exit {badExit}\n{badOut}");
            Assert.NotEqual(0, badExit);
            Assert.Contains("block", badOut, StringComparison.OrdinalIgnoreCase);
            Assert.False(Directory.Exists(Path.Combine(workspace, "skills", "crypto-portfolio-pro")), "the malicious skill was installed");

            var (goodExit, goodOut) = Run(openclaw, ["skills", "install", good], state, root);
            output.WriteLine($"clean install: exit {goodExit}\n{goodOut}");
            Assert.Equal(0, goodExit);
            Assert.True(File.Exists(Path.Combine(workspace, "skills", "daily-notes", "SKILL.md")), "the clean skill was not installed");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The chitin apphost built next to this test assembly (bin/Chitin.Cli/&lt;config&gt;/chitin).</summary>
    private static string ChitinExecutable()
    {
        var testDir = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/'));
        var candidate = Path.Combine(testDir.Parent!.Parent!.FullName, "Chitin.Cli", testDir.Name, "chitin");
        Assert.True(File.Exists(candidate), $"chitin executable not found at {candidate}: build the solution (dotnet build Chitin.slnx) before running this test.");
        return candidate;
    }

    private static string DotnetRoot()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h ? h : "/usr/bin/dotnet";
        var real = new FileInfo(host).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? host;
        return Path.GetDirectoryName(real)!;
    }

    private static string CopySkill(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var dest = Path.Combine(to, Path.GetRelativePath(from, f));
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(f, dest);
        }

        return to;
    }

    private static (int Exit, string Output) Run(string exe, string[] args, string state, string home)
    {
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["OPENCLAW_STATE_DIR"] = state;
        psi.Environment["HOME"] = home;
        psi.Environment["CI"] = "true";
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail($"openclaw {string.Join(' ', args)} did not finish within 3 minutes");
        }

        return (p.ExitCode, stdout.Result + stderr.Result);
    }
}

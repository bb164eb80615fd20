using System.Diagnostics;

namespace Chitin.Audit.Tests;

/// <summary>
/// The real OpenClaw CLI (installed from npm by tools/setup.sh into $OPENCLAW_ANCHOR or /tmp/openclaw-anchor),
/// run isolated as shared/tools/openclaw-audit-oracle.sh does: clean environment, the state dir and config
/// pinned, npm offline, an empty working directory. Missing CLI = a failing test with the fix, never a pass.
/// </summary>
internal static class OpenClawCli
{
    public static string Path
    {
        get
        {
            var anchor = Environment.GetEnvironmentVariable("OPENCLAW_ANCHOR") is { Length: > 0 } a ? a : "/tmp/openclaw-anchor";
            var cli = System.IO.Path.Combine(anchor, "bin", "openclaw");
            Assert.True(File.Exists(cli), $"the real OpenClaw CLI is not installed at {cli}; run tools/setup.sh (CI does)");
            return cli;
        }
    }

    public static (int Code, string Stdout, string Stderr) Run(string stateDir, string home, params string[] args)
    {
        var cwd = Directory.CreateTempSubdirectory("chitin-oc-cwd-").FullName;
        try
        {
            var psi = new ProcessStartInfo(Path) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = cwd };
            psi.Environment.Clear();
            psi.Environment["PATH"] = "/usr/local/bin:/usr/bin:/bin";
            psi.Environment["HOME"] = home;
            psi.Environment["OPENCLAW_STATE_DIR"] = stateDir;
            psi.Environment["OPENCLAW_CONFIG_PATH"] = System.IO.Path.Combine(stateDir, "openclaw.json");
            psi.Environment["npm_config_offline"] = "true";
            psi.Environment["npm_config_registry"] = "http://127.0.0.1:9/";
            psi.Environment["NO_COLOR"] = "1";
            foreach (var a in args)
            {
                psi.ArgumentList.Add(a);
            }

            using var p = Process.Start(psi)!;
            var o = p.StandardOutput.ReadToEndAsync();
            var e = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(180_000))
            {
                p.Kill(entireProcessTree: true);
                throw new TimeoutException("openclaw did not finish in 180 s: " + string.Join(' ', args));
            }

            return (p.ExitCode, o.Result, e.Result);
        }
        finally
        {
            Directory.Delete(cwd, recursive: true);
        }
    }
}

using System.Diagnostics;

namespace Chitin.Cells.Tests.Firewall;

/// <summary>Runs a host command for test setup and probes; never through a shell.</summary>
internal static class Sh
{
    public static async Task<(int Exit, string Out, string Err)> RunAsync(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var o = p.StandardOutput.ReadToEndAsync(cts.Token);
        var e = p.StandardError.ReadToEndAsync(cts.Token);
        try
        {
            await p.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in 60 s");
        }

        return (p.ExitCode, await o, await e);
    }

    public static async Task<string> MustAsync(string file, params string[] args)
    {
        var (exit, output, error) = await RunAsync(file, args);
        Assert.True(exit == 0, $"{file} {string.Join(' ', args)} exited {exit}: {error}");
        return output.Trim();
    }

    /// <summary>A tiny image with a static busybox (sh, httpd, wget), built from local files with docker import.</summary>
    public static async Task<string> BusyboxImageAsync()
    {
        const string tag = "chitin-test-busybox:4";
        if ((await RunAsync("docker", "image", "inspect", tag)).Exit == 0)
        {
            return tag;
        }

        var root = Directory.CreateTempSubdirectory("chitin-bb-");
        try
        {
            Directory.CreateDirectory(Path.Combine(root.FullName, "bin"));
            Directory.CreateDirectory(Path.Combine(root.FullName, "www"));
            Directory.CreateDirectory(Path.Combine(root.FullName, "tmp"));
            File.Copy("/bin/busybox", Path.Combine(root.FullName, "bin", "busybox"));
            File.WriteAllText(Path.Combine(root.FullName, "www", "index.html"), "cell-ok\n");
            foreach (var applet in new[] { "sh", "httpd", "sleep", "cat", "nc", "printf", "true", "ls", "rm" })
            {
                File.CreateSymbolicLink(Path.Combine(root.FullName, "bin", applet), "busybox");
            }

            var tar = Path.Combine(Path.GetTempPath(), $"chitin-bb-{Environment.ProcessId}-{Guid.NewGuid():N}.tar");
            try
            {
                await MustAsync("tar", "-C", root.FullName, "-cf", tar, ".");
                await MustAsync("docker", "import", "--change", "ENV PATH=/bin", "--change", "CMD [\"/bin/sh\"]", tar, tag);
            }
            finally
            {
                File.Delete(tar);
            }
        }
        finally
        {
            root.Delete(recursive: true);
        }

        return tag;
    }
}

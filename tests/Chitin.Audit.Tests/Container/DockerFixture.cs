using System.Diagnostics;

namespace Chitin.Audit.Tests.Container;

/// <summary>
/// A real Docker engine for tests: builds a tiny local image (static busybox, `docker import`, no registry)
/// and removes every container it started, even when a test fails. Fails loudly when no engine answers:
/// tools/setup.sh installs and starts one.
/// </summary>
public sealed class DockerFixture : IDisposable
{
    public const string Image = "chitin-test-busybox:1";
    private readonly List<string> _containers = [];

    public DockerFixture()
    {
        var (code, _, err) = Run("docker", "info", "--format", "{{.ServerVersion}}");
        if (code != 0)
        {
            throw new InvalidOperationException("no Docker engine answers (run tools/setup.sh, which installs docker.io and starts dockerd): " + err);
        }

        if (Run("docker", "image", "inspect", Image).Code != 0)
        {
            var busybox = File.Exists("/bin/busybox") ? "/bin/busybox" : "/usr/bin/busybox";
            var root = Directory.CreateTempSubdirectory("chitin-rootfs-").FullName;
            try
            {
                Directory.CreateDirectory(Path.Combine(root, "bin"));
                File.Copy(busybox, Path.Combine(root, "bin", "busybox"));
                foreach (var tool in new[] { "sh", "sleep", "cat", "id" })
                {
                    File.CreateSymbolicLink(Path.Combine(root, "bin", tool), "busybox");
                }

                Directory.CreateDirectory(Path.Combine(root, "tmp"));
                var (c, _, e) = Run("bash", "-c", $"tar -C '{root}' -c . | docker import -c 'ENV PATH=/bin' - {Image}");
                if (c != 0)
                {
                    throw new InvalidOperationException("docker import failed: " + e);
                }
            }
            finally
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    /// <summary>Starts a container running `sleep`; returns its name. Removed on dispose.</summary>
    public string Start(params string[] runArgs) => Launch(["run", "-d"], runArgs);

    /// <summary>
    /// Creates (does not start) a container: the engine records every setting, but a sandboxed host that
    /// refuses to grant privileged capabilities never has to apply them.
    /// </summary>
    public string Create(params string[] runArgs) => Launch(["create"], runArgs);

    private string Launch(string[] verb, string[] runArgs)
    {
        var name = "chitin-test-" + Guid.NewGuid().ToString("N")[..10];
        _containers.Add(name);
        var args = new List<string>(verb) { "--name", name, "--label", "chitin.test=1" };
        args.AddRange(runArgs);
        args.AddRange([Image, "sleep", "600"]);
        var (code, _, err) = Run("docker", [.. args]);
        if (code != 0)
        {
            throw new InvalidOperationException($"docker run failed: {err}");
        }

        return name;
    }

    public void Dispose()
    {
        foreach (var c in _containers)
        {
            Run("docker", "rm", "-f", c);
        }
    }

    public static (int Code, string Out, string Err) Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000))
        {
            p.Kill(entireProcessTree: true);
            return (-1, "", "timed out");
        }

        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}

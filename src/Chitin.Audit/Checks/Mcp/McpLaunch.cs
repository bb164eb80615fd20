using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Mcp;

/// <summary>
/// How a stdio MCP server gets its code: the package runner (npx, bunx, pnpm/yarn dlx, npm exec, uvx, pipx run,
/// docker/podman run, go run), the package or image it fetches, and whether auto-install was forced (<c>-y</c>).
/// <see cref="Other"/> holds the run options before the image for docker, the arguments after the package otherwise.
/// </summary>
internal sealed record McpLaunch(string Runner, string Ecosystem, McpArg? Package, bool AutoInstallFlag, IReadOnlyList<McpArg> Other)
{
    private static readonly string[] NpmValueFlags = ["-p", "--package", "--registry", "-c", "--call", "--cache", "--userconfig", "-w", "--workspace"];
    private static readonly string[] UvValueFlags = ["--from", "--with", "--python", "-p", "--index-url", "-i", "--extra-index-url", "--index", "--default-index", "--with-requirements", "--constraint", "-c", "--spec"];
    private static readonly string[] DockerValueFlags =
    [
        "-e", "--env", "--env-file", "-v", "--volume", "--mount", "--name", "-p", "--publish", "--network", "--net", "-w", "--workdir",
        "-u", "--user", "--entrypoint", "--platform", "--pull", "-l", "--label", "--label-file", "--cap-add", "--cap-drop", "--security-opt",
        "--add-host", "--device", "-m", "--memory", "--cpus", "-h", "--hostname", "--log-driver", "--log-opt", "--restart", "--ulimit",
        "--tmpfs", "--ipc", "--pid", "--gpus", "--runtime", "--dns", "--shm-size", "--stop-signal", "--cidfile", "--cgroupns", "--uts",
        "--userns", "--group-add", "--memory-swap", "--cpu-shares", "--cpuset-cpus", "--pids-limit", "--init-path", "--expose", "--link",
    ];

    /// <summary>The launch arguments of a server with their nodes (non-strings skipped).</summary>
    public static IReadOnlyList<McpArg> Args(McpServer server) =>
        server.Definition["args"] is J5Array a ? [.. a.Items.OfType<J5String>().Select(s => new McpArg(s.Value, s))] : [];

    /// <summary><c>command</c> reduced to its program name: <c>/usr/bin/npx.cmd</c> → <c>npx</c>.</summary>
    public static string Program(string? command)
    {
        var c = (command ?? "").Trim();
        var first = c.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        var name = first.Replace('\\', '/').Split('/').Last().ToLowerInvariant();
        foreach (var ext in new[] { ".cmd", ".exe", ".ps1", ".bat" })
        {
            if (name.EndsWith(ext, StringComparison.Ordinal))
            {
                name = name[..^ext.Length];
            }
        }

        return name;
    }

    /// <summary>The package runner of a server, or null when its command runs a local program.</summary>
    public static McpLaunch? Parse(McpServer server)
    {
        var program = Program(server.Command);
        var args = Args(server).ToList();

        // "command": "npx -y pkg" written as one string: split the extra words in as args without nodes of their own.
        if (server.Definition["command"] is J5String cmdNode && cmdNode.Value.Trim().Contains(' ', StringComparison.Ordinal))
        {
            args.InsertRange(0, cmdNode.Value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(w => new McpArg(w, cmdNode)));
        }

        switch (program)
        {
            case "npx" or "pnpx" or "bunx":
                return Npm(program, args);
            case "npm" when args.Count > 0 && args[0].Value is "exec" or "x":
                return Npm("npm " + args[0].Value, args[1..]);
            case "pnpm" or "yarn" when args.Count > 0 && args[0].Value == "dlx":
                return Npm(program + " dlx", args[1..]);
            case "uvx":
                return Python("uvx", args);
            case "uv" when args.Count > 1 && args[0].Value == "tool" && args[1].Value == "run":
                return Python("uv tool run", args[2..]);
            case "pipx" when args.Count > 0 && args[0].Value == "run":
                return Python("pipx run", args[1..]);
            case "docker" or "podman" or "nerdctl":
                var runAt = args.Count > 0 && args[0].Value == "run" ? 1 : args.Count > 1 && args[0].Value == "container" && args[1].Value == "run" ? 2 : -1;
                return runAt < 0 ? null : Docker(program + " run", args[runAt..]);
            case "go" when args.Count > 0 && args[0].Value == "run":
                var pkg = args.Skip(1).FirstOrDefault(a => !a.Value.StartsWith('-'));
                return pkg is null || pkg.Value.StartsWith('.') || pkg.Value.StartsWith('/') ? null : new McpLaunch("go run", "go", pkg, false, []);
            default:
                return null;
        }
    }

    private static McpLaunch Npm(string runner, List<McpArg> args)
    {
        var auto = false;
        McpArg? package = null;
        var i = 0;
        for (; i < args.Count; i++)
        {
            var a = args[i].Value;
            if (a == "--")
            {
                i++;
                break;
            }

            if (a is "-y" or "--yes")
            {
                auto = true;
                continue;
            }

            if (a.StartsWith("--package=", StringComparison.Ordinal))
            {
                package ??= args[i] with { Value = a["--package=".Length..] };
                continue;
            }

            if (NpmValueFlags.Contains(a, StringComparer.Ordinal))
            {
                if (a is "-p" or "--package" && i + 1 < args.Count)
                {
                    package ??= args[i + 1];
                }

                i++;
                continue;
            }

            if (a.StartsWith('-'))
            {
                continue;
            }

            break;
        }

        if (package is null && i < args.Count)
        {
            package = args[i];
            i++;
        }

        return new McpLaunch(runner, "npm", package, auto, i <= args.Count ? args[Math.Min(i, args.Count)..] : []);
    }

    private static McpLaunch Python(string runner, List<McpArg> args)
    {
        McpArg? from = null;
        var i = 0;
        for (; i < args.Count; i++)
        {
            var a = args[i].Value;
            if (a.StartsWith("--from=", StringComparison.Ordinal) || a.StartsWith("--spec=", StringComparison.Ordinal))
            {
                from ??= args[i] with { Value = a[(a.IndexOf('=', StringComparison.Ordinal) + 1)..] };
                continue;
            }

            if (UvValueFlags.Contains(a, StringComparer.Ordinal))
            {
                if (a is "--from" or "--spec" && i + 1 < args.Count)
                {
                    from ??= args[i + 1];
                }

                i++;
                continue;
            }

            if (a.StartsWith('-'))
            {
                continue;
            }

            break;
        }

        var package = from ?? (i < args.Count ? args[i] : null);
        var restStart = Math.Min(i + 1, args.Count);
        return new McpLaunch(runner, "python", package, false, args[restStart..]);
    }

    private static McpLaunch Docker(string runner, List<McpArg> args)
    {
        var i = 0;
        for (; i < args.Count; i++)
        {
            var a = args[i].Value;
            if (!a.StartsWith('-'))
            {
                break;
            }

            if (!a.Contains('=', StringComparison.Ordinal) && DockerValueFlags.Contains(a, StringComparer.Ordinal))
            {
                i++;
            }
        }

        var image = i < args.Count ? args[i] : null;
        return new McpLaunch(runner, "docker", image, false, args[..Math.Min(i, args.Count)]);
    }
}

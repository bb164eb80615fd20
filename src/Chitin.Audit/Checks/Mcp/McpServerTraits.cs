using System.Net;
using System.Text.RegularExpressions;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Mcp;

/// <summary>What an MCP server definition grants or does at launch: filesystem roots, shell wrappers, remote URL.</summary>
internal static partial class McpServerTraits
{
    private static readonly char[] ScriptChars = [' ', '\t', '|', ';', '&'];

    private static readonly string[] Shells = ["bash", "sh", "zsh", "dash", "ksh", "fish", "ash", "cmd", "powershell", "pwsh"];

    private static readonly string[] BroadRoots = ["/", "~", "$HOME", "${HOME}", "%USERPROFILE%", "/root", "/home", "/Users", "C:", "C:\\", "C:/"];

    private static readonly string[] PowerfulServerMarkers =
        ["filesystem", "shell", "terminal", "commander", "server-commands", "mcp-commands", "exec", "ssh", "docker", "kubernetes", "k8s"];

    /// <summary>Arguments that hand the server a whole filesystem, home tree or the host root (filesystem servers and docker mounts).</summary>
    public static IReadOnlyList<McpArg> BroadFilesystemRoots(McpServer server, string homeDir)
    {
        var hits = new List<McpArg>();
        var launch = McpLaunch.Parse(server);
        var package = launch?.Package?.Value ?? server.Command ?? "";
        if (launch is { Ecosystem: "docker" })
        {
            var opts = launch.Other;
            for (var i = 0; i < opts.Count; i++)
            {
                var a = opts[i].Value;
                string? spec = a is "-v" or "--volume" or "--mount" && i + 1 < opts.Count ? opts[++i].Value
                    : a.StartsWith("--volume=", StringComparison.Ordinal) || a.StartsWith("--mount=", StringComparison.Ordinal) ? a[(a.IndexOf('=', StringComparison.Ordinal) + 1)..]
                    : null;
                if (spec is not null && IsBroad(MountSource(spec), homeDir))
                {
                    hits.Add(opts[i]);
                }
            }
        }
        else if (package.Contains("filesystem", StringComparison.OrdinalIgnoreCase))
        {
            var roots = launch is not null ? launch.Other : McpLaunch.Args(server);
            hits.AddRange(roots.Where(r => !r.Value.StartsWith('-') && IsBroad(r.Value, homeDir)));
        }

        return hits;
    }

    /// <summary>The path is the filesystem root, a home-directory root, or the auditing user's home.</summary>
    public static bool IsBroad(string path, string homeDir)
    {
        var p = path.Trim().Trim('"', '\'');
        if (p.Length > 1)
        {
            p = p.TrimEnd('/', '\\');
            if (p.Length == 0)
            {
                p = "/";
            }
        }

        return BroadRoots.Contains(p, StringComparer.OrdinalIgnoreCase) || string.Equals(p, homeDir.TrimEnd('/'), StringComparison.Ordinal);
    }

    /// <summary>The server's command is a shell run with an inline script (<c>bash -c "…"</c>, <c>cmd /c</c>, <c>pwsh -Command</c>).</summary>
    public static bool IsShellWrapper(McpServer server) =>
        Shells.Contains(McpLaunch.Program(server.Command), StringComparer.Ordinal)
        && McpLaunch.Args(server).Any(a => InlineScriptFlag().IsMatch(a.Value));

    /// <summary>The launch text downloads something (curl, wget, Invoke-WebRequest) or pipes into a shell.</summary>
    public static (bool Downloads, bool PipesToShell, McpArg? Where) LaunchScript(McpServer server)
    {
        bool downloads = false, pipes = false;
        McpArg? where = null;
        var parts = McpLaunch.Args(server).ToList();
        if (server.Definition["command"] is J5String cmd)
        {
            parts.Insert(0, new McpArg(cmd.Value, cmd));
        }

        var program = McpLaunch.Program(server.Command);
        foreach (var a in parts)
        {
            // Only script text is judged (a package named curl-mcp is not a download); the program itself counts too.
            var script = a.Value.IndexOfAny(ScriptChars) >= 0;
            var d = (script && Download().IsMatch(a.Value)) || (ReferenceEquals(a.Node, server.Definition["command"]) && program is "curl" or "wget");
            var p = script && PipeToShell().IsMatch(a.Value);
            if ((d || p) && where is null)
            {
                where = a;
            }

            downloads |= d;
            pipes |= p;
        }

        return (downloads, pipes, where);
    }

    /// <summary>Host names of the http(s) URLs in a script (never the path or query, which may hold tokens).</summary>
    public static IReadOnlyList<string> UrlHosts(string text) =>
        [.. UrlPattern().Matches(text).Select(m => Uri.TryCreate(m.Value, UriKind.Absolute, out var u) ? u.Host : null).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>A server whose tools act on the host broadly: filesystem roots, shells, exec, containers.</summary>
    public static bool HasBroadAccess(McpServer server, string homeDir)
    {
        if (BroadFilesystemRoots(server, homeDir).Count > 0 || IsShellWrapper(server))
        {
            return true;
        }

        var launch = McpLaunch.Parse(server);
        var name = (launch?.Package?.Value ?? McpLaunch.Program(server.Command)).ToLowerInvariant();
        return name.Length > 0 && PowerfulServerMarkers.Any(m => name.Contains(m, StringComparison.Ordinal));
    }

    /// <summary>The host is loopback (localhost, *.localhost, 127.0.0.0/8, ::1).</summary>
    public static bool IsLoopbackHost(string host)
    {
        var h = host.Trim('[', ']').ToLowerInvariant();
        if (h == "localhost" || h.EndsWith(".localhost", StringComparison.Ordinal))
        {
            return true;
        }

        return IPAddress.TryParse(h, out var ip) && IPAddress.IsLoopback(ip);
    }

    private static string MountSource(string spec)
    {
        // -v /host:/ctr[:ro] or --mount type=bind,source=/host,target=/ctr
        if (spec.Contains("source=", StringComparison.Ordinal) || spec.Contains("src=", StringComparison.Ordinal))
        {
            foreach (var kv in spec.Split(','))
            {
                var parts = kv.Split('=', 2);
                if (parts.Length == 2 && parts[0].Trim() is "source" or "src")
                {
                    return parts[1];
                }
            }
        }

        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? spec[..colon] : spec;
    }

    [GeneratedRegex(@"https?://[^\s'""|;&<>]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"^(?:-[a-z]*c|/c|-Command|-EncodedCommand|-enc|-e)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex InlineScriptFlag();

    [GeneratedRegex(@"\b(?:curl|wget|Invoke-WebRequest|Invoke-RestMethod|iwr|irm)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Download();

    [GeneratedRegex(@"\|\s*(?:sudo\s+(?:-\S+\s+)*)?(?:ba|z|da|k|fi)?sh\b|\|\s*(?:iex|Invoke-Expression)\b|base64\s+(?:-d|-D|--decode)\b[^|]*\|", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PipeToShell();
}

using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Chitin.Audit.Tests.Json5;

/// <summary>
/// Runs node/json5-oracle.js with the npm <c>json5</c> package: many documents through one node process, as JSON
/// lines over stdin/stdout. The package is looked up in $CHITIN_JSON5_MODULE, then node/node_modules (what
/// node/install.sh puts there), then a temp dir; when absent and npm is present it is installed into the temp dir.
/// </summary>
internal sealed class NodeJson5Oracle
{
    private const string Package = "json5@2.2.3";

    private readonly string _node;
    private readonly string _script;
    private readonly string _module;

    private NodeJson5Oracle(string node, string script, string module)
    {
        _node = node;
        _script = script;
        _module = module;
    }

    /// <summary>The oracle, or null with the reason when node (or, for a first install, npm) is not available.</summary>
    public static NodeJson5Oracle? Locate(string repoRoot, out string why)
    {
        why = string.Empty;
        var node = FindOnPath("node");
        if (node is null)
        {
            why = "node is not on PATH; the differential test against npm json5 did not run";
            return null;
        }

        var dir = Path.Combine(repoRoot, "tests", "Chitin.Audit.Tests", "Json5", "node");
        var script = Path.Combine(dir, "json5-oracle.js");
        var temp = Path.Combine(Path.GetTempPath(), "chitin-json5-oracle");
        string?[] candidates =
        [
            Environment.GetEnvironmentVariable("CHITIN_JSON5_MODULE"),
            Path.Combine(dir, "node_modules", "json5"),
            Path.Combine(temp, "node_modules", "json5"),
        ];
        foreach (var c in candidates)
        {
            if (!string.IsNullOrEmpty(c) && File.Exists(Path.Combine(c, "package.json")))
            {
                return new NodeJson5Oracle(node, script, c);
            }
        }

        var npm = FindOnPath("npm");
        if (npm is null)
        {
            why = $"json5 is not installed (run {Path.Combine(dir, "install.sh")}) and npm is not on PATH; the differential test did not run";
            return null;
        }

        Directory.CreateDirectory(temp);
        var (code, text) = Run(npm, ["install", "--prefix", temp, "--no-save", "--no-package-lock", "--no-audit", "--no-fund", "--loglevel=error", Package], TimeSpan.FromMinutes(3));
        var module = Path.Combine(temp, "node_modules", "json5");
        if (code != 0 || !File.Exists(Path.Combine(module, "package.json")))
        {
            throw new InvalidOperationException($"npm install {Package} failed (exit {code}): {text}");
        }

        return new NodeJson5Oracle(node, script, module);
    }

    /// <summary>For each document: its canonical value when json5 accepts it, else json5's error message.</summary>
    public List<(string? Canonical, string? Error)> ParseAll(IReadOnlyList<string> documents)
    {
        var psi = new ProcessStartInfo(_node)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = new UTF8Encoding(false),
        };
        psi.ArgumentList.Add(_script);
        psi.ArgumentList.Add(_module);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start node");

        // Write on another task while reading here: neither pipe can fill up and block the other side.
        var writer = Task.Run(() =>
        {
            foreach (var d in documents)
            {
                p.StandardInput.Write(AsciiJsonString(d));
                p.StandardInput.Write('\n');
            }

            p.StandardInput.Close();
        });
        var errors = p.StandardError.ReadToEndAsync();
        var results = new List<(string?, string?)>(documents.Count);
        while (p.StandardOutput.ReadLine() is { } line)
        {
            using var answer = JsonDocument.Parse(line);
            var r = answer.RootElement;
            results.Add(r.GetProperty("ok").GetBoolean() ? (r.GetProperty("c").GetString(), null) : (null, r.GetProperty("e").GetRawText()));
        }

        writer.GetAwaiter().GetResult();
        if (!p.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("node json5 oracle did not finish");
        }

        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"node json5 oracle exited with {p.ExitCode}: {errors.GetAwaiter().GetResult()}");
        }

        return results;
    }

    /// <summary>A JSON string literal in pure ASCII, so any UTF-16 text (lone surrogates too) crosses the pipe exactly.</summary>
    internal static string AsciiJsonString(string s)
    {
        var sb = new StringBuilder(s.Length + 16).Append('"');
        foreach (var c in s)
        {
            if (c is '"' or '\\')
            {
                sb.Append('\\').Append(c);
            }
            else if (c < 0x20 || c > 0x7E)
            {
                sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.Append('"').ToString();
    }

    private static string? FindOnPath(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static (int Code, string Output) Run(string file, string[] args, TimeSpan timeout)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start " + file);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout))
        {
            p.Kill(entireProcessTree: true);
            return (-1, "timed out");
        }

        return (p.ExitCode, stdout.GetAwaiter().GetResult() + stderr.GetAwaiter().GetResult());
    }
}

using Chitin.Audit.Checks.Mcp;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Fixes.BuiltIn;

/// <summary>
/// Switches off (<c>enabled: false</c>, nothing deleted) every MCP server in <c>mcp.servers</c> that the MCP checks
/// rate high or critical: code piped from the network into a shell, launchers without a pinned version, plain
/// HTTP transports, the whole filesystem handed over. Turn one back on after pinning or narrowing it.
/// </summary>
internal sealed class McpServerFix : IFix
{
    public string Id => "FIX-MCP-DISABLE";

    public string Title => "Dangerous MCP servers switched off";

    public IReadOnlyList<string> CheckIds { get; } = [.. McpChecks.All.Select(c => c.Info.Id)];

    public IEnumerable<FixChange> Plan(OpenClawInstall install, FixContext context)
    {
        var reasons = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var check in McpChecks.All)
        {
            IEnumerable<Finding> findings;
            try
            {
                findings = [.. check.Evaluate(install)];
            }
            catch (Exception)
            {
                continue;
            }

            foreach (var f in findings.Where(f => f.Severity >= Severity.High))
            {
                if (ServerOf(f.Evidence.JsonPath) is { } name)
                {
                    if (!reasons.TryGetValue(name, out var list))
                    {
                        reasons[name] = list = [];
                    }

                    list.Add(f.Title);
                }
            }
        }

        foreach (var (name, why) in reasons.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            if (install.Config.Get("mcp.servers") is not J5Object servers || servers[name] is not J5Object)
            {
                continue;
            }

            yield return new ConfigSet(ConfigPath.Parse("mcp.servers").Append(name).Append("enabled"), ConfigValue.Bool(false))
            {
                Reason = string.Join("; ", why.Distinct(StringComparer.Ordinal)) + "; switched off, not deleted: pin or narrow it, then enable it again",
            };
        }
    }

    /// <summary>The server name of an evidence path <c>mcp.servers.&lt;name&gt;…</c> (bracketed names included).</summary>
    internal static string? ServerOf(string? jsonPath)
    {
        const string Prefix = "mcp.servers";
        if (jsonPath is null || !jsonPath.StartsWith(Prefix, StringComparison.Ordinal) || jsonPath.Length <= Prefix.Length)
        {
            return null;
        }

        var rest = jsonPath[Prefix.Length..];
        if (rest.StartsWith("[\"", StringComparison.Ordinal))
        {
            var end = rest.IndexOf("\"]", 2, StringComparison.Ordinal);
            return end < 0 ? null : rest[2..end].Replace("\\\"", "\"", StringComparison.Ordinal);
        }

        if (rest[0] != '.')
        {
            return null;
        }

        rest = rest[1..];
        var stop = rest.IndexOfAny(['.', '[']);
        return stop < 0 ? rest : rest[..stop];
    }
}

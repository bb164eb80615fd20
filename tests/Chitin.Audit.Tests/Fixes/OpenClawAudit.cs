using System.Text.Json;

namespace Chitin.Audit.Tests.Fixes;

/// <summary>Runs the real <c>openclaw security audit --json</c> on a state dir and insists it accepted the config.</summary>
internal static class OpenClawAudit
{
    public static IReadOnlyList<(string CheckId, string Severity)> Run(string stateDir, string home)
    {
        var (code, stdout, stderr) = OpenClawCli.Run(stateDir, home, "security", "audit", "--json");
        Assert.True(code == 0, $"openclaw security audit exited {code} (config refused?)\nstdout: {Trim(stdout)}\nstderr: {Trim(stderr)}");
        var start = stdout.IndexOf('{', StringComparison.Ordinal);
        Assert.True(start >= 0, "no JSON from openclaw security audit: " + Trim(stdout));
        using var doc = JsonDocument.Parse(stdout[start..]);
        Assert.True(doc.RootElement.TryGetProperty("findings", out var findings), "no findings array: " + Trim(stdout));
        return [.. findings.EnumerateArray().Select(f => (f.GetProperty("checkId").GetString()!, f.GetProperty("severity").GetString()!))];
    }

    private static string Trim(string s) => s.Length > 3000 ? s[..3000] + "…" : s;
}

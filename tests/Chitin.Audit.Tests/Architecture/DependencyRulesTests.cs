using System.Reflection;
using Chitin.Audit.Checks;

namespace Chitin.Audit.Tests.Architecture;

/// <summary>The boundaries of ARCHITECTURE.md, asserted from the compiled assemblies' references.</summary>
public sealed class DependencyRulesTests
{
    private static readonly Assembly Audit = typeof(IAuditCheck).Assembly;

    [Fact]
    public void Audit_uses_no_web_stack_no_ef_no_docker_library_and_no_console_ui()
    {
        var refs = Audit.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        string[] forbidden = ["Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Docker.DotNet", "Spectre.Console", "System.CommandLine", "Chitin.Cli", "Chitin.Cells", "Chitin.Mcp", "Chitin.ControlPlane"];
        var bad = refs.Where(r => forbidden.Any(f => r.StartsWith(f, StringComparison.Ordinal))).ToList();
        Assert.True(bad.Count == 0, "Chitin.Audit must not reference: " + string.Join(", ", bad));
    }

    [Fact]
    public void Every_audit_check_is_registered_exactly_once()
    {
        var implemented = Audit.GetTypes().Where(t => typeof(IAuditCheck).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false }).ToList();
        var registered = BuiltInChecks.All.Select(c => c.GetType()).ToList();
        var missing = implemented.Except(registered).Select(t => t.Name).ToList();
        Assert.True(missing.Count == 0, "checks not listed in any Checks/<Layer>/<Layer>Checks.cs: " + string.Join(", ", missing));
        Assert.Equal(registered.Count, registered.Distinct().Count());
    }

    [Fact]
    public void Check_ids_are_unique_well_formed_and_match_their_layer()
    {
        var ids = BuiltInChecks.All.Select(c => c.Info).ToList();
        Assert.Equal(ids.Count, ids.Select(i => i.Id).Distinct(StringComparer.Ordinal).Count());
        foreach (var info in ids)
        {
            Assert.Matches(@"^CHI-(NET|ACC|EXE|MCP|SUP|IDS|CTR)-\d{3}$", info.Id);
            Assert.StartsWith("CHI-" + Findings.LayerNames.Code(info.Layer) + "-", info.Id, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(info.Remediation), info.Id + " has no remediation");
        }
    }

    [Fact]
    public void Every_layer_has_checks()
    {
        foreach (var layer in Enum.GetValues<Findings.Layer>())
        {
            Assert.Contains(BuiltInChecks.All, c => c.Info.Layer == layer);
        }
    }
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Exec;

internal sealed class SkillAllowlistMcpBoundaryCheck : IAuditCheck
{
    /// <summary>OpenClaw refuses to inspect a registry larger than this.</summary>
    public const long MaxRegistryBytes = 16L * 1024 * 1024;

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-EXE-010",
        Title = "Agent skill allowlists do not constrain host exec MCP clients",
        Layer = Layer.Exec,
        DefaultSeverity = Severity.Medium,
        Description = "agents.*.skills only filters which skills an agent sees. An agent with host exec can still run any MCP client and read the global MCP registries (mcp.servers, skills/config/mcporter.json), so a skill allowlist is not an MCP boundary.",
        Remediation = "For agents that need MCP isolation set exec security \"deny\" or a tight allowlist, run them in a sandbox where the registry is not readable, or split sensitive MCP servers into a separate gateway. Keep mcporter.json a regular, valid JSON file below 16 MiB so it can be audited.",
        OpenClawCheckIds = ["tools.exec.agent_skill_mcp_boundary_drift", "tools.exec.mcporter_registry_inspection_incomplete"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var scopes = Scopes(install);
        if (scopes.Count == 0)
        {
            yield break;
        }

        var registryPath = Path.Combine(install.StateDir, "skills", "config", "mcporter.json");
        if (RegistryRejection(install, registryPath) is { } reason)
        {
            yield return Info.Find(
                $"skills/config/mcporter.json exists but could not be inspected ({reason}); which MCP servers host exec can reach is unknown.",
                Evidence.ForFile(registryPath, reason),
                Severity.Low,
                "tools.exec.mcporter_registry_inspection_incomplete",
                title: "Global mcporter registry could not be inspected");
        }

        var sources = new List<string>();
        var configured = install.McpServers.Where(s => s.Source == "config" && s.Enabled).Select(s => s.Name).Order(StringComparer.Ordinal).ToList();
        if (configured.Count > 0)
        {
            sources.Add("mcp.servers: " + string.Join(", ", configured));
        }

        var mcporter = install.McpServers.Where(s => s.Source == "mcporter" && s.Enabled).Select(s => s.Name).Order(StringComparer.Ordinal).ToList();
        if (mcporter.Count > 0)
        {
            sources.Add("skills/config/mcporter.json: " + string.Join(", ", mcporter));
        }

        if (sources.Count == 0)
        {
            yield break;
        }

        foreach (var (label, source, node, exec) in scopes)
        {
            yield return Info.Find(
                $"{label} has a skill allowlist ({source}) but host exec (host {exec.EffectiveHost}, security {exec.Security}, ask {exec.Ask}) can reach MCP servers from {string.Join("; ", sources)}.",
                Evidence.At(node),
                openClawCheckId: "tools.exec.agent_skill_mcp_boundary_drift");
        }
    }

    private static List<(string Label, string Source, J5Node Node, ExecPosture Exec)> Scopes(OpenClawInstall install)
    {
        var list = new List<(string, string, J5Node, ExecPosture)>();
        var defaultsSkills = install.Config.GetObject("agents.defaults")?.Property("skills")?.Value;
        if (defaultsSkills is not null)
        {
            list.Add(("agents.defaults", "agents.defaults.skills", defaultsSkills, ExecPosture.For(install, new AgentScope(null, "agents.defaults", null))));
        }

        foreach (var agent in AgentRoster.Configured(install))
        {
            var own = agent.Entry?.Property("skills")?.Value;
            if (own is null && defaultsSkills is null)
            {
                continue;
            }

            list.Add((agent.AgentId!, own is null ? "agents.defaults.skills (inherited)" : "agents.entries.*.skills", own ?? defaultsSkills!, ExecPosture.For(install, agent)));
        }

        // Host exec must be available: security not deny and the effective host is not the sandbox.
        list.RemoveAll(s => s.Item4.Security == "deny" || s.Item4.EffectiveHost == "sandbox");
        return list;
    }

    private static string? RegistryRejection(OpenClawInstall install, string path)
    {
        if (!install.McporterRegistryPresent)
        {
            return null;
        }

        var facts = install.File(path);
        if (facts.Exists)
        {
            var kind = facts.Kind == FileKind.Symlink ? (facts.ResolvedPath is null ? FileKind.Missing : facts.TargetKind) : facts.Kind;
            if (kind != FileKind.File)
            {
                return "not a regular file";
            }

            if (facts.Size > MaxRegistryBytes)
            {
                return "larger than the 16 MiB audit cap";
            }

            if (facts.Error is not null)
            {
                return "unreadable";
            }
        }

        var note = install.Notes.FirstOrDefault(n => string.Equals(n.Path, path, StringComparison.Ordinal) || n.Part.Contains("mcporter", StringComparison.OrdinalIgnoreCase));
        return note is null ? null : "not valid JSON: " + note.Message;
    }
}

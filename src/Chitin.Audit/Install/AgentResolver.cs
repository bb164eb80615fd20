using Chitin.Audit.Json5;

namespace Chitin.Audit.Install;

/// <summary>
/// Which agents exist and where their files live, the way OpenClaw resolves them:
/// <c>agents.entries.&lt;id&gt;</c> (2026.9) or the legacy <c>agents.list[]</c>, plus <c>agents/&lt;id&gt;</c> dirs on disk;
/// <c>main</c> when nothing is configured.
/// </summary>
public static class AgentResolver
{
    public static IReadOnlyList<AgentInfo> Resolve(ConfigView config, string stateDir, string homeDir, IEnumerable<string> idsOnDisk, string? workspaceEnv = null)
    {
        var entries = new List<(string Id, J5Object? Entry)>();
        foreach (var p in config.Members("agents.entries"))
        {
            entries.Add((p.Key, p.Value as J5Object));
        }

        if (config.GetArray("agents.list") is { } list)
        {
            foreach (var item in list.Items.OfType<J5Object>())
            {
                if (item["id"] is J5String { Value.Length: > 0 } id && entries.All(e => e.Id != id.Value))
                {
                    entries.Add((id.Value, item));
                }
            }
        }

        var defaultId = entries.FirstOrDefault(e => e.Entry?["default"] is J5Bool { Value: true }).Id
            ?? (entries.Count > 0 ? entries[0].Id : "main");

        foreach (var id in idsOnDisk.Prepend("main"))
        {
            if (entries.All(e => e.Id != id))
            {
                entries.Add((id, null));
            }
        }

        var defaultsWorkspace = config.GetString("agents.defaults.workspace");
        var result = new List<AgentInfo>(entries.Count);
        foreach (var (id, entry) in entries)
        {
            var isDefault = id == defaultId;
            var ws = (entry?["workspace"] as J5String)?.Value
                ?? (isDefault ? defaultsWorkspace ?? workspaceEnv : null)
                ?? (isDefault ? Path.Combine(stateDir, "workspace") : Path.Combine(stateDir, "workspace-" + id));
            var agentDir = (entry?["agentDir"] as J5String)?.Value ?? Path.Combine(stateDir, "agents", id, "agent");
            result.Add(new AgentInfo
            {
                Id = id,
                Entry = entry,
                IsDefault = isDefault,
                Workspace = ExpandHome(ws, homeDir),
                AgentDir = ExpandHome(agentDir, homeDir),
            });
        }

        return result;
    }

    public static string ExpandHome(string path, string homeDir) =>
        path == "~" ? homeDir : path.StartsWith("~/", StringComparison.Ordinal) ? Path.Combine(homeDir, path[2..]) : path;
}

using Chitin.Audit.Json5;

namespace Chitin.Audit.Install;

/// <summary>Collects MCP server definitions from <c>mcp.servers</c> and from a parsed mcporter registry.</summary>
public static class McpServerCatalog
{
    public static IReadOnlyList<McpServer> From(ConfigView config, J5Node? mcporterRoot)
    {
        var list = new List<McpServer>();
        foreach (var p in config.Members("mcp.servers"))
        {
            if (p.Value is J5Object def)
            {
                list.Add(new McpServer { Name = p.Key, Source = "config", Definition = def });
            }
        }

        if (ConfigView.Get(mcporterRoot, "mcpServers") is J5Object servers)
        {
            foreach (var p in servers.Members)
            {
                if (p.Value is J5Object def)
                {
                    list.Add(new McpServer { Name = p.Key, Source = "mcporter", Definition = def });
                }
            }
        }

        return list;
    }
}

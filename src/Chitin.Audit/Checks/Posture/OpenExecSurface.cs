using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Posture;

/// <summary>
/// Every <c>dmPolicy: "open"</c> / <c>groupPolicy: "open"</c> anywhere under <c>channels.*</c> (channel roots,
/// accounts, groups, DMs and any nested object), as OpenClaw's <c>collectOpenExecSurfacePaths</c> finds them.
/// Used to escalate exec findings: anyone in such a conversation can talk to the agent.
/// </summary>
internal static class OpenExecSurface
{
    public static IReadOnlyList<J5Node> Nodes(ConfigView config)
    {
        var hits = new List<J5Node>();
        foreach (var ch in config.Members("channels"))
        {
            Visit(ch.Value, hits, 0);
        }

        return [.. hits.OrderBy(n => n.Path, StringComparer.Ordinal)];
    }

    /// <summary>The dotted paths of <see cref="Nodes"/>, e.g. <c>channels.telegram.groupPolicy</c>.</summary>
    public static IReadOnlyList<string> Paths(ConfigView config) => [.. Nodes(config).Select(n => n.Path)];

    private static void Visit(J5Node node, List<J5Node> hits, int depth)
    {
        if (node is not J5Object o || depth > 32)
        {
            return;
        }

        if (o["groupPolicy"] is J5String { Value: "open" } g)
        {
            hits.Add(g);
        }

        if (o["dmPolicy"] is J5String { Value: "open" } d)
        {
            hits.Add(d);
        }

        foreach (var m in o.Members)
        {
            Visit(m.Value, hits, depth + 1);
        }
    }
}

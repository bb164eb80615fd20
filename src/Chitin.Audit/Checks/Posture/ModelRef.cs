using System.Globalization;
using System.Text.RegularExpressions;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Posture;

/// <summary>
/// One configured model reference (primary, fallback or image model; defaults or per agent), resolved like
/// OpenClaw's <c>collectAuditModelRefs</c>: aliases from <c>agents.defaults.models.&lt;ref&gt;.alias</c>, a bare
/// id gets the default provider <c>openai</c>.
/// </summary>
internal sealed partial record ModelRef(string Id, string Source, J5Node Node, string? AgentId)
{
    public const string DefaultProvider = "openai";

    public string Provider => Id.IndexOf('/', StringComparison.Ordinal) is > 0 and var i ? Id[..i] : DefaultProvider;

    public string Model => Id.IndexOf('/', StringComparison.Ordinal) is > 0 and var i ? Id[(i + 1)..] : Id;

    public bool IsImageModel => Source.Contains("imageModel", StringComparison.Ordinal);

    /// <summary>The largest "&lt;n&gt;b" parameter count in the id (e.g. 8 for <c>llama3.1:8b</c>), or null.</summary>
    public double? ParamsB
    {
        get
        {
            double? best = null;
            foreach (Match m in ParamPattern().Matches(Id.ToLowerInvariant()))
            {
                if (double.TryParse(m.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0 && (best is null || v > best))
                {
                    best = v;
                }
            }

            return best;
        }
    }

    public static IReadOnlyList<ModelRef> Collect(OpenClawInstall install)
    {
        var config = install.Config;
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in config.Members("agents.defaults.models"))
        {
            if ((m.Value as J5Object)?["alias"] is J5String { Value.Length: > 0 } alias)
            {
                aliases[alias.Value.Trim().ToLowerInvariant()] = m.Key;
            }
        }

        var list = new List<ModelRef>();
        void Add(J5Node? node, string source, string? agentId)
        {
            if (node is J5String s && s.Value.Trim() is { Length: > 0 } raw)
            {
                var id = aliases.TryGetValue(raw.ToLowerInvariant(), out var target) ? target
                    : raw.IndexOf('/', StringComparison.Ordinal) > 0 ? raw : DefaultProvider + "/" + raw;
                list.Add(new ModelRef(id, source, s, agentId));
            }
        }

        void AddModel(J5Node? model, string prefix, string? agentId)
        {
            if (model is J5String)
            {
                Add(model, agentId is null ? prefix + ".primary" : prefix, agentId);
                return;
            }

            if (model is J5Object o)
            {
                Add(o["primary"], prefix + ".primary", agentId);
                foreach (var f in (o["fallbacks"] as J5Array)?.Items ?? [])
                {
                    Add(f, prefix + ".fallbacks", agentId);
                }
            }
        }

        AddModel(config.Get("agents.defaults.model"), "agents.defaults.model", null);
        AddModel(config.Get("agents.defaults.imageModel"), "agents.defaults.imageModel", null);
        foreach (var agent in AgentRoster.Configured(install))
        {
            AddModel(agent.Entry?["model"], agent.Label + ".model", agent.AgentId);
        }

        return list;
    }

    [GeneratedRegex(@"(?:^|[^a-z0-9])[a-z]?(\d+(?:\.\d+)?)b(?=[^a-z0-9]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ParamPattern();
}

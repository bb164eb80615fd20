using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Posture;

/// <summary>
/// One allow/deny layer of OpenClaw's tool policy. Deny wins; an absent or empty allow list allows everything
/// not denied; <c>write</c> in an allow list also allows <c>apply_patch</c>. A tool is available only when every
/// layer allows it (<see cref="AllAllow"/>), as <c>isToolAllowedByPolicies</c> does.
/// </summary>
internal sealed record ToolPolicy(IReadOnlyList<string>? Allow, IReadOnlyList<string>? Deny)
{
    public bool Allows(string tool)
    {
        var name = ToolCatalog.Normalize(tool);
        var deny = ToolCatalog.Expand(Deny ?? []);
        if (deny.Any(p => Glob(p, name)))
        {
            return false;
        }

        var allow = ToolCatalog.Expand(Allow ?? []);
        if (allow.Count == 0)
        {
            return true;
        }

        return allow.Any(p => Glob(p, name)) || (name == "apply_patch" && allow.Any(p => Glob(p, "write")));
    }

    public static bool AllAllow(string tool, IEnumerable<ToolPolicy> policies) => policies.All(p => p.Allows(tool));

    /// <summary>
    /// The layers <c>resolveConfiguredToolPolicies</c> builds for a context: profile (+ alsoAllow), global
    /// <c>tools.allow/deny</c>, the agent's <c>tools.allow/deny</c>, any extra layers (e.g. <c>byProvider</c>),
    /// and the sandbox tool policy when the sandbox mode is <c>all</c>. <paramref name="agentTools"/> is the
    /// agent entry's <c>tools</c> object (null for the <c>agents.defaults</c> context).
    /// </summary>
    public static IReadOnlyList<ToolPolicy> Resolve(ConfigView config, J5Object? agentTools, string sandboxMode, IEnumerable<ToolPolicy?>? extra = null)
    {
        var globalTools = config.GetObject("tools");
        var list = new List<ToolPolicy>();
        var profile = Str(agentTools, "profile") ?? Str(globalTools, "profile");
        var alsoAllow = (agentTools?["alsoAllow"] as J5Array ?? globalTools?["alsoAllow"] as J5Array) is { } aa ? ConfigView.GetStrings(aa) : null;
        if (profile is not null && ToolCatalog.Profiles.TryGetValue(profile, out var profileAllow))
        {
            list.Add(new ToolPolicy(alsoAllow is { Count: > 0 } ? Union(profileAllow, alsoAllow) : profileAllow, null));
        }

        if (Pick(globalTools) is { } g)
        {
            list.Add(g);
        }

        if (Pick(agentTools) is { } a)
        {
            list.Add(a);
        }

        foreach (var e in extra ?? [])
        {
            if (e is not null)
            {
                list.Add(e);
            }
        }

        if (sandboxMode == "all")
        {
            list.Add(Sandbox(config, agentTools));
        }

        return list;
    }

    /// <summary><c>pickSandboxToolPolicy</c>: allow (+ alsoAllow, which alone means "*" plus those) and deny of one tools block.</summary>
    public static ToolPolicy? Pick(J5Object? tools)
    {
        if (tools is null)
        {
            return null;
        }

        var allowArr = tools["allow"] as J5Array;
        var also = tools["alsoAllow"] is J5Array alsoArr ? ConfigView.GetStrings(alsoArr) : [];
        IReadOnlyList<string>? allow = allowArr is not null
            ? UnionAllow(ConfigView.GetStrings(allowArr), also)
            : also.Count > 0 ? UnionAllow(null, also) : null;
        var deny = tools["deny"] is J5Array d ? ConfigView.GetStrings(d) : null;
        return allow is null && deny is null ? null : new ToolPolicy(allow, deny);
    }

    /// <summary>The <c>tools.byProvider</c> entry for a model, matched as <c>provider/model</c> first, then <c>provider</c>.</summary>
    public static ToolPolicy? ForProvider(J5Object? byProvider, string? provider, string? model)
    {
        if (byProvider is null || string.IsNullOrWhiteSpace(provider))
        {
            return null;
        }

        var p = provider.Trim().ToLowerInvariant();
        var candidates = model is { Length: > 0 } ? new[] { p + "/" + model.Trim().ToLowerInvariant(), p } : [p];
        foreach (var key in candidates)
        {
            foreach (var m in byProvider.Members)
            {
                if (m.Value is J5Object o && string.Equals(m.Key.Trim().ToLowerInvariant(), key, StringComparison.Ordinal))
                {
                    return new ToolPolicy(o["allow"] is J5Array al ? ConfigView.GetStrings(al) : null, o["deny"] is J5Array dl ? ConfigView.GetStrings(dl) : null);
                }
            }
        }

        return null;
    }

    private static ToolPolicy Sandbox(ConfigView config, J5Object? agentTools)
    {
        var agentPolicy = ConfigView.Get(agentTools, "sandbox.tools") as J5Object;
        var globalPolicy = config.GetObject("tools.sandbox.tools");
        var allowCfg = ListOf(agentPolicy, globalPolicy, "allow");
        var alsoCfg = ListOf(agentPolicy, globalPolicy, "alsoAllow");
        var denyCfg = ListOf(agentPolicy, globalPolicy, "deny");
        IReadOnlyList<string> allow = allowCfg is not null
            ? allowCfg.Count == 0 ? [] : alsoCfg is { Count: > 0 } ? Union(allowCfg, alsoCfg) : allowCfg
            : alsoCfg is { Count: > 0 } ? Union(ToolCatalog.SandboxDefaultAllow, alsoCfg) : ToolCatalog.SandboxDefaultAllow;
        IReadOnlyList<string> deny;
        if (denyCfg is not null)
        {
            deny = denyCfg;
        }
        else
        {
            var explicitAllow = ToolCatalog.Expand([.. allowCfg ?? [], .. alsoCfg ?? []]);
            deny = [.. ToolCatalog.SandboxDefaultDeny.Where(t => !explicitAllow.Any(p => Glob(p, ToolCatalog.Normalize(t))))];
        }

        var expandedDeny = ToolCatalog.Expand(deny).ToList();
        var expandedAllow = ToolCatalog.Expand(allow).ToList();
        if (expandedAllow.Count > 0 && !expandedDeny.Contains("view_image") && !expandedAllow.Contains("view_image"))
        {
            expandedAllow.Add("view_image");
        }

        return new ToolPolicy(expandedAllow, expandedDeny);
    }

    private static List<string>? ListOf(J5Object? agent, J5Object? global, string key) =>
        agent?[key] is J5Array a ? [.. ConfigView.GetStrings(a)] : global?[key] is J5Array g ? [.. ConfigView.GetStrings(g)] : null;

    private static IReadOnlyList<string> UnionAllow(IReadOnlyList<string>? baseList, IReadOnlyList<string> extra)
    {
        if (extra.Count == 0)
        {
            return baseList ?? [];
        }

        return baseList is null || baseList.Count == 0 ? Union(["*"], extra) : Union(baseList, extra);
    }

    private static List<string> Union(IEnumerable<string> a, IEnumerable<string> b)
    {
        var result = new List<string>();
        foreach (var s in a.Concat(b))
        {
            if (!result.Contains(s, StringComparer.Ordinal))
            {
                result.Add(s);
            }
        }

        return result;
    }

    /// <summary>Glob with <c>*</c> only, over already-normalized names.</summary>
    internal static bool Glob(string pattern, string name)
    {
        if (pattern == "*")
        {
            return true;
        }

        if (!pattern.Contains('*', StringComparison.Ordinal))
        {
            return pattern == name;
        }

        var parts = pattern.Split('*');
        if (!name.StartsWith(parts[0], StringComparison.Ordinal) || !name.EndsWith(parts[^1], StringComparison.Ordinal) || name.Length < parts[0].Length + parts[^1].Length)
        {
            return false;
        }

        var pos = parts[0].Length;
        var end = name.Length - parts[^1].Length;
        for (var i = 1; i < parts.Length - 1; i++)
        {
            var idx = parts[i].Length == 0 ? pos : name.IndexOf(parts[i], pos, StringComparison.Ordinal);
            if (idx < 0 || idx + parts[i].Length > end)
            {
                return false;
            }

            pos = idx + parts[i].Length;
        }

        return true;
    }

    private static string? Str(J5Object? o, string key) => (o?[key] as J5String)?.Value;
}

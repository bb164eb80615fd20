using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Posture;

/// <summary>
/// The effective sandbox settings of one context, resolved like OpenClaw's <c>resolveSandboxConfigForAgent</c>:
/// <c>agents.entries.&lt;id&gt;.sandbox.*</c> overrides <c>agents.defaults.sandbox.*</c> key by key, docker
/// <c>binds</c> are concatenated, and with <c>scope: "shared"</c> the agent's docker and browser blocks are ignored.
/// Values are returned as config nodes so findings can point at the line that set them.
/// </summary>
internal sealed record SandboxPosture
{
    public const string DefaultImage = "openclaw-sandbox:bookworm-slim";

    public required AgentScope Context { get; init; }

    /// <summary><c>off</c> (default), <c>non-main</c> or <c>all</c>.</summary>
    public required string Mode { get; init; }

    public J5Node? ModeNode { get; init; }

    public required string Backend { get; init; }

    /// <summary><c>session</c>, <c>agent</c> (default) or <c>shared</c>.</summary>
    public required string Scope { get; init; }

    /// <summary><c>none</c> (default), <c>ro</c> or <c>rw</c>.</summary>
    public required string WorkspaceAccess { get; init; }

    public J5Node? WorkspaceAccessNode { get; init; }

    /// <summary><c>agents.defaults.sandbox.docker</c>.</summary>
    public J5Object? GlobalDocker { get; init; }

    /// <summary>The agent's docker block when it applies (not with scope shared).</summary>
    public J5Object? AgentDocker { get; init; }

    public J5Object? GlobalBrowser { get; init; }

    public J5Object? AgentBrowser { get; init; }

    /// <summary>Sandboxing is on for at least some sessions of this context.</summary>
    public bool InEffect => Mode != "off";

    /// <summary>Effective docker setting node (agent first, then defaults); null when unset (OpenClaw's default applies).</summary>
    public J5Node? Docker(string key) => AgentDocker?[key] ?? GlobalDocker?[key];

    public J5Node? Browser(string key) => AgentBrowser?[key] ?? GlobalBrowser?[key];

    /// <summary>Effective bind specs: defaults' binds then the agent's.</summary>
    public IReadOnlyList<J5String> Binds =>
        [.. (GlobalDocker?["binds"] as J5Array)?.Items.OfType<J5String>() ?? [], .. (AgentDocker?["binds"] as J5Array)?.Items.OfType<J5String>() ?? []];

    public string Network => (Docker("network") as J5String)?.Value is { Length: > 0 } n ? n : "none";

    public bool BrowserEnabled => Browser("enabled") is J5Bool { Value: true };

    /// <summary>Where a finding about an unset docker key should point.</summary>
    public string DockerPath(string key) => (AgentDocker is not null ? Context.PathOf("sandbox.docker") : "agents.defaults.sandbox.docker") + "." + key;

    public static SandboxPosture For(OpenClawInstall install, AgentScope context)
    {
        var defaults = install.Config.GetObject("agents.defaults.sandbox");
        var agent = context.Entry?["sandbox"] as J5Object;
        var modeNode = agent?["mode"] ?? defaults?["mode"];
        var scope = Str(agent, "scope") ?? Str(defaults, "scope")
            ?? ((agent?["perSession"] ?? defaults?["perSession"]) is J5Bool ps ? (ps.Value ? "session" : "shared") : "agent");
        var shared = scope == "shared";
        var accessNode = agent?["workspaceAccess"] ?? defaults?["workspaceAccess"];
        return new SandboxPosture
        {
            Context = context,
            Mode = (modeNode as J5String)?.Value ?? "off",
            ModeNode = modeNode,
            Backend = (Str(agent, "backend") ?? Str(defaults, "backend"))?.Trim() is { Length: > 0 } b ? b : "docker",
            Scope = scope,
            WorkspaceAccess = (accessNode as J5String)?.Value ?? "none",
            WorkspaceAccessNode = accessNode,
            GlobalDocker = defaults?["docker"] as J5Object,
            AgentDocker = shared ? null : agent?["docker"] as J5Object,
            GlobalBrowser = defaults?["browser"] as J5Object,
            AgentBrowser = shared ? null : agent?["browser"] as J5Object,
        };
    }

    /// <summary>The effective sandbox of <c>agents.defaults</c> and of every configured agent.</summary>
    public static IReadOnlyList<SandboxPosture> All(OpenClawInstall install) =>
        [.. AgentRoster.Contexts(install).Select(c => For(install, c))];

    /// <summary>Every configured docker block with the label OpenClaw's audit uses for it.</summary>
    public static IReadOnlyList<(string Source, J5Object Docker)> DockerBlocks(OpenClawInstall install)
    {
        var list = new List<(string, J5Object)>();
        if (install.Config.Get("agents.defaults.sandbox.docker") is J5Object d)
        {
            list.Add(("agents.defaults.sandbox.docker", d));
        }

        foreach (var a in AgentRoster.Configured(install))
        {
            if (ConfigView.Get(a.Entry, "sandbox.docker") is J5Object ad)
            {
                list.Add((a.Label + ".sandbox.docker", ad));
            }
        }

        return list;
    }

    private static string? Str(J5Object? o, string key) => (o?[key] as J5String)?.Value;
}

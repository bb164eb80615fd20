using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Posture;

/// <summary>
/// Exec policy of one context two ways: what OpenClaw's audit assumes (<see cref="AuditSecurity"/>: unset
/// security counts as <c>deny</c>) and what the runtime does (<see cref="Security"/>/<see cref="Ask"/>:
/// <c>resolveExecDefaults</c> starts gateway/node hosts at <c>full</c> with <c>ask off</c>, then layers
/// <c>tools.exec</c> and the agent's <c>tools.exec</c>; a <c>mode</c> replaces both fields).
/// </summary>
internal sealed record ExecPosture
{
    public required AgentScope Context { get; init; }

    /// <summary>Configured host: <c>auto</c> (default), <c>sandbox</c>, <c>gateway</c> or <c>node</c>.</summary>
    public required string Host { get; init; }

    /// <summary>Where commands run: <c>auto</c> resolves to <c>sandbox</c> when sandboxing is on, else <c>gateway</c>.</summary>
    public required string EffectiveHost { get; init; }

    public required string SandboxMode { get; init; }

    /// <summary>Security as OpenClaw's audit computes it (unset = deny).</summary>
    public required string AuditSecurity { get; init; }

    /// <summary>Runtime security (deny, allowlist, full).</summary>
    public required string Security { get; init; }

    /// <summary>Runtime ask (off, on-miss, always).</summary>
    public required string Ask { get; init; }

    /// <summary>The node that decided the audit security (a mode or security key), when one did.</summary>
    public J5Node? SecurityNode { get; init; }

    /// <summary>The exec tool survives the context's tool policy.</summary>
    public required bool ExecToolAllowed { get; init; }

    /// <summary>Commands run on the gateway or a node host, outside any sandbox.</summary>
    public bool OnHost => EffectiveHost is "gateway" or "node";

    /// <summary>No approval ever stops a command: full security and ask not "always".</summary>
    public bool Unrestricted => Security == "full" && Ask != "always";

    public static ExecPosture For(OpenClawInstall install, AgentScope context)
    {
        var global = install.Config.GetObject("tools.exec");
        var agent = context.Tools?["exec"] as J5Object;
        var sandbox = SandboxPosture.For(install, context);
        var host = (Str(agent, "host") ?? Str(global, "host"))?.Trim().ToLowerInvariant() is ("auto" or "sandbox" or "gateway" or "node") and var h ? h : "auto";
        var effective = host == "auto" ? (sandbox.InEffect ? "sandbox" : "gateway") : host;

        // The audit's view (collectExecRuntimeFindings): unset security is "deny", ask "off".
        var inherited = Policy(Mode(global), Sec(global) ?? "deny", AskOf(global) ?? "off");
        var audit = context.IsDefaults ? inherited : Policy(Mode(agent), Sec(agent) ?? inherited.Security, AskOf(agent) ?? inherited.Ask);

        // The runtime's view (resolveExecDefaults + applyExecPolicyLayer).
        var runtime = (Security: effective == "sandbox" ? "deny" : "full", Ask: "off");
        runtime = Layer(runtime, global);
        if (!context.IsDefaults)
        {
            runtime = Layer(runtime, agent);
        }

        var securityNode = context.IsDefaults
            ? global?["mode"] ?? global?["security"]
            : agent?["mode"] ?? agent?["security"] ?? global?["mode"] ?? global?["security"];

        var policies = ToolPolicy.Resolve(install.Config, context.Tools, sandbox.Mode);
        return new ExecPosture
        {
            Context = context,
            Host = host,
            EffectiveHost = effective,
            SandboxMode = sandbox.Mode,
            AuditSecurity = audit.Security,
            Security = runtime.Security,
            Ask = runtime.Ask,
            SecurityNode = securityNode,
            ExecToolAllowed = ToolPolicy.AllAllow("exec", policies),
        };
    }

    /// <summary>
    /// The scopes OpenClaw's audit rates (<c>effectiveExecScopes</c>): the default agent (or "global") with the
    /// global settings, then every configured agent; an agent with the default agent's id replaces that entry.
    /// </summary>
    public static IReadOnlyList<ExecPosture> Scopes(OpenClawInstall install)
    {
        var defaultId = AgentRoster.DefaultAgentId(install) ?? "global";
        var list = new List<ExecPosture> { For(install, new AgentScope(null, defaultId, null)) };
        foreach (var agent in AgentRoster.Configured(install))
        {
            var i = list.FindIndex(p => p.Context.Label == agent.AgentId || p.Context.AgentId == agent.AgentId);
            var posture = For(install, agent with { Label = agent.AgentId! });
            if (i >= 0)
            {
                list[i] = posture;
            }
            else
            {
                list.Add(posture);
            }
        }

        return list;
    }

    private static (string Security, string Ask) Policy(string? mode, string security, string ask) => mode switch
    {
        null => (security, ask),
        _ => ForMode(mode),
    };

    private static (string Security, string Ask) Layer((string Security, string Ask) current, J5Object? layer)
    {
        if (layer is null)
        {
            return current;
        }

        if (Mode(layer) is { } mode)
        {
            return ForMode(mode);
        }

        return (Sec(layer) ?? current.Security, AskOf(layer) ?? current.Ask);
    }

    private static (string Security, string Ask) ForMode(string mode) => mode switch
    {
        "deny" => ("deny", "off"),
        "allowlist" => ("allowlist", "off"),
        "ask" or "auto" => ("allowlist", "on-miss"),
        _ => ("full", "off"),
    };

    private static string? Mode(J5Object? o) => Str(o, "mode")?.Trim().ToLowerInvariant() is ("deny" or "allowlist" or "ask" or "auto" or "full") and var m ? m : null;

    private static string? Sec(J5Object? o) => Str(o, "security")?.Trim().ToLowerInvariant() is ("deny" or "allowlist" or "full") and var s ? s : null;

    private static string? AskOf(J5Object? o) => Str(o, "ask")?.Trim().ToLowerInvariant() is ("off" or "on-miss" or "always") and var a ? a : null;

    private static string? Str(J5Object? o, string key) => (o?[key] as J5String)?.Value;
}

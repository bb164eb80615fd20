using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Fixes.BuiltIn;

/// <summary>
/// Host exec asks before anything unknown runs: <c>tools.exec.security</c> <c>allowlist</c> with <c>ask</c>
/// <c>on-miss</c> where it was <c>full</c> or unset (the runtime default is full with no approvals), and the
/// same for agents that set <c>full</c> themselves. A <c>mode: "full"</c> selector is removed so the two keys apply;
/// stricter settings (deny, ask always, an allowlist without asking) are kept.
/// </summary>
internal sealed class ExecPolicyFix : IFix
{
    public string Id => "FIX-EXEC-POLICY";

    public string Title => "Exec allowlist with approval on miss";

    public IReadOnlyList<string> CheckIds { get; } =
    [
        "CHI-EXE-003", "CHI-EXE-017",
        "tools.exec.security_full_configured", "security.exposure.open_channels_with_exec",
    ];

    public IEnumerable<FixChange> Plan(OpenClawInstall install, FixContext context)
    {
        // Unset security means full where commands run on the host (also the main session under sandbox "non-main");
        // a fully sandboxed context defaults to deny.
        var defaults = ExecPosture.For(install, new AgentScope(null, "agents.defaults", null));
        var hostDefault = defaults.Security == "full" || (defaults.Host == "auto" && defaults.SandboxMode == "non-main");
        foreach (var change in Layer(install.Config.GetObject("tools.exec"), ConfigPath.Parse("tools.exec"), unsetIsFull: hostDefault))
        {
            yield return change;
        }

        foreach (var agent in install.Agents.Where(a => a.Entry is not null))
        {
            var exec = ConfigView.Get(agent.Entry, "tools.exec") as J5Object;
            if (exec is null)
            {
                continue;
            }

            foreach (var change in Layer(exec, ConfigPath.Of(agent.Entry!).Then("tools.exec"), unsetIsFull: false))
            {
                yield return change;
            }
        }
    }

    private static IEnumerable<FixChange> Layer(J5Object? exec, ConfigPath at, bool unsetIsFull)
    {
        var mode = Str(exec, "mode");
        var security = Str(exec, "security");
        var ask = Str(exec, "ask");
        if (mode is "deny" or "allowlist" or "ask" or "auto")
        {
            yield break;
        }

        var loosened = false;
        if (mode == "full")
        {
            yield return new ConfigRemove(at.Append("mode")) { Reason = "mode \"full\" runs every command without approval; security and ask take over" };
            loosened = true;
        }

        if (security == "full" || (security is null && unsetIsFull))
        {
            yield return new ConfigSet(at.Append("security"), ConfigValue.Str("allowlist"))
            {
                Reason = security is null ? "unset means full on the gateway host: any command the model writes runs" : "full runs any command the model writes",
            };
            loosened = true;
        }
        else if (security is null && loosened)
        {
            yield return new ConfigSet(at.Append("security"), ConfigValue.Str("allowlist")) { Reason = "replaces the removed mode" };
        }

        if (loosened && ask is null or "off")
        {
            yield return new ConfigSet(at.Append("ask"), ConfigValue.Str("on-miss"))
            {
                Reason = "commands outside the allowlist wait for your approval instead of failing or running",
            };
        }
    }

    private static string? Str(J5Object? o, string key) => ((o?[key] as J5String)?.Value)?.Trim().ToLowerInvariant();
}

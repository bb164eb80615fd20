using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Exec;

internal sealed class AttackSurfaceSummaryCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-EXE-015",
        Title = "Attack surface summary",
        Layer = Layer.Exec,
        DefaultSeverity = Severity.Info,
        Description = "Always reported: how many channels take open or allowlisted groups, whether elevated exec, webhooks, internal hooks and browser control are on, and where the default agent's exec runs.",
        Remediation = "Nothing to fix by itself; use it to confirm the surface matches what you intend. OpenClaw is a single-operator assistant: run one isolated gateway per tenant.",
        OpenClawCheckIds = ["summary.attack_surface"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var c = install.Config;
        int open = 0, allowlist = 0;
        foreach (var ch in c.Members("channels"))
        {
            switch ((ch.Value as J5Object)?["groupPolicy"])
            {
                case J5String { Value: "open" }:
                    open++;
                    break;
                case J5String { Value: "allowlist" }:
                    allowlist++;
                    break;
            }
        }

        var elevated = c.Get("tools.elevated.enabled") is not J5Bool { Value: false };
        var webhooks = c.Get("hooks.enabled") is J5Bool { Value: true };
        var browser = SmallModelWithWebToolsCheck.BrowserEnabled(c);
        var exec = ExecPosture.Scopes(install)[0];
        var sandbox = SandboxPosture.For(install, new AgentScope(null, "agents.defaults", null));
        var detail =
            $"groups: open={open}, allowlist={allowlist}; tools.elevated: {OnOff(elevated)}; hooks.webhooks: {OnOff(webhooks)}; " +
            $"hooks.internal: {OnOff(InternalHooksConfigured(install))}; browser control: {OnOff(browser)}; " +
            (exec.EffectiveHost == "sandbox" ? $"exec ({exec.Context.Label}): in the sandbox; " : $"exec ({exec.Context.Label}): host={exec.EffectiveHost}, security={exec.Security}, ask={exec.Ask}; ") +
            $"sandbox.mode={sandbox.Mode}; " +
            "trust model: personal assistant (one trusted operator boundary), not hostile multi-tenant on one shared gateway.";
        var evidence = install.ConfigExists ? Evidence.ForFile(install.ConfigPath) : Evidence.ForFile(install.StateDir);
        yield return Info.Find(detail, evidence);
    }

    /// <summary>OpenClaw's <c>resolveInternalHookSelection(cfg).configured</c>.</summary>
    internal static bool InternalHooksConfigured(OpenClawInstall install)
    {
        var c = install.Config;
        var enabled = c.Get("hooks.internal.enabled");
        if (enabled is J5Bool { Value: false })
        {
            return false;
        }

        return enabled is J5Bool { Value: true }
            || c.Members("hooks.internal.entries").Any(e => (e.Value as J5Object)?["enabled"] is not J5Bool { Value: false })
            || c.GetStrings("hooks.internal.load.extraDirs").Any(d => d.Trim().Length > 0)
            || install.InstallRecords.Any(r => r.Kind == "hook");
    }

    private static string OnOff(bool on) => on ? "enabled" : "disabled";
}

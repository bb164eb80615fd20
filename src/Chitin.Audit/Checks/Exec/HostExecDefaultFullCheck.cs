using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Exec;

internal sealed class HostExecDefaultFullCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-EXE-017",
        Title = "Host exec runs with no approvals by default",
        Layer = Layer.Exec,
        DefaultSeverity = Severity.High,
        Description = "With tools.exec.security and tools.exec.mode unset and no sandbox, OpenClaw's runtime runs exec on the gateway host with security \"full\" and ask \"off\": every command the model asks for runs, without allowlist or approval. OpenClaw's own audit assumes \"deny\" here and reports nothing. Critical when any channel admits anyone (dmPolicy or groupPolicy \"open\").",
        Remediation = "Set tools.exec.mode to \"ask\" (allowlist plus approval on a miss) or \"allowlist\", or enable the sandbox (agents.defaults.sandbox.mode \"all\"), or deny the runtime tools (tools.deny: [\"group:runtime\"]).",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        // Scopes where security resolves to full only because nothing was written. An explicit full
        // (security or mode) is CHI-EXE-003's (tools.exec.security_full_configured) and is not repeated here.
        var hits = ExecPosture.Scopes(install)
            .Where(s => s.AuditSecurity != "full" && s.Unrestricted && s.OnHost && s.ExecToolAllowed)
            .ToList();
        if (hits.Count == 0)
        {
            yield break;
        }

        var open = OpenExecSurface.Paths(install.Config);
        var severity = open.Count > 0 ? Severity.Critical : Severity.High;
        var openText = open.Count > 0 ? " Open channel access: " + string.Join(", ", open) + "." : "";

        // Scopes that inherit everything share the same unset key: one finding for them.
        foreach (var group in hits.GroupBy(s => s.Context.IsDefaults || ConfigView.Get(s.Context.Tools, "exec") is null ? "tools.exec.mode" : s.Context.PathOf("tools.exec.mode")))
        {
            var first = group.First();
            var scopes = string.Join(", ", group.Select(s => $"{s.Context.Label} (sandbox {s.SandboxMode})"));
            yield return Info.Find(
                $"{scopes}: exec runs on the {first.EffectiveHost} host with security={first.Security}, ask={first.Ask} (runtime default: tools.exec.security and mode unset).{openText}",
                Evidence.ForConfigPath(install.ConfigPath, group.Key, "unset"),
                severity);
        }
    }
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Exec;

internal sealed class ExecSecurityFullCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-EXE-003",
        Title = "Exec security=full is configured",
        Layer = Layer.Exec,
        DefaultSeverity = Severity.High,
        Description = "tools.exec.security \"full\" (or mode \"full\") runs every command the model asks for without an allowlist or approval. Critical when any channel admits anyone (dmPolicy or groupPolicy \"open\").",
        Remediation = "Use tools.exec.mode \"ask\" or \"allowlist\" (approvals via `openclaw approvals`), keep \"full\" for a tightly scoped break-glass agent, and never combine it with open channels.",
        OpenClawCheckIds = ["tools.exec.security_full_configured"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var full = ExecPosture.Scopes(install).Where(s => s.AuditSecurity == "full").ToList();
        if (full.Count == 0)
        {
            yield break;
        }

        var open = OpenExecSurface.Paths(install.Config);
        var severity = open.Count > 0 ? Severity.Critical : Severity.High;
        var openText = open.Count > 0 ? " Open channel access: " + string.Join(", ", open) + "." : "";
        foreach (var group in full.GroupBy(s => s.SecurityNode))
        {
            var scopes = string.Join(", ", group.Select(s => s.Context.Label));
            var evidence = group.Key is { } node ? Evidence.At(node, "full") : Evidence.ForConfigPath(install.ConfigPath, "tools.exec.security");
            yield return Info.Find($"Full exec trust for: {scopes} (host {group.First().EffectiveHost}, ask {group.First().Ask}).{openText}", evidence, severity);
        }
    }
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Container;

internal sealed class SandboxOffWithExecCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-024",
        Title = "Sandbox is off while exec runs on the gateway host",
        Layer = Layer.Container,
        DefaultSeverity = Severity.High,
        Description = "Sandbox mode defaults to \"off\", so exec, process and the file tools run directly on the gateway host (or in the gateway container) with the gateway's user, files and credentials. A prompt injection that reaches exec owns the host. Critical when any channel admits anyone (dmPolicy or groupPolicy \"open\").",
        Remediation = "Set agents.defaults.sandbox.mode to \"all\" (docker backend; keep the hardened defaults: network none, read-only root, capDrop ALL) and tools.exec.host to \"sandbox\", or deny the runtime tools (tools.deny: [\"group:runtime\"]).",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var open = OpenExecSurface.Paths(install.Config);
        var severity = open.Count > 0 ? Severity.Critical : Severity.High;
        var openText = open.Count > 0 ? " Open channel access: " + string.Join(", ", open) + "." : "";
        var hits = AgentRoster.Contexts(install)
            .Select(c => (Sandbox: SandboxPosture.For(install, c), Exec: ExecPosture.For(install, c)))
            .Where(x => x.Sandbox.Mode == "off" && x.Exec.ExecToolAllowed && x.Exec.Security != "deny" && x.Exec.OnHost)
            .ToList();
        foreach (var group in hits.GroupBy(h => h.Sandbox.ModeNode))
        {
            var contexts = string.Join(", ", group.Select(g => $"{g.Sandbox.Context.Label} (host={g.Exec.EffectiveHost}, security={g.Exec.Security}, ask={g.Exec.Ask})"));
            var state = group.Key is null ? "unset (default off)" : "\"off\"";
            var evidence = group.Key is { } node ? Evidence.At(node, "off") : Evidence.ForConfigPath(install.ConfigPath, "agents.defaults.sandbox.mode", "unset");
            yield return Info.Find($"Sandbox mode is {state} and exec is available on the host for: {contexts}.{openText}", evidence, severity);
        }
    }
}

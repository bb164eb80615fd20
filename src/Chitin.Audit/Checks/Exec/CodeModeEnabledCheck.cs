using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Exec;

internal sealed class CodeModeEnabledCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-EXE-024",
        Title = "Code mode is enabled",
        Layer = Layer.Exec,
        DefaultSeverity = Severity.Medium,
        Description = "tools.codeMode lets the model write programs that call tools in bulk. The default executor is node:vm inside the gateway process, which is not an isolation boundary, and batched tool calls skip per-call review.",
        Remediation = "Leave tools.codeMode.enabled false unless needed; if used, prefer executor \"quickjs\" and run the agent sandboxed.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var nodes = new List<(string Label, J5Node? Enabled, J5Node? Executor)>
        {
            ("tools.codeMode", install.Config.Get("tools.codeMode.enabled"), install.Config.Get("tools.codeMode.executor")),
        };
        foreach (var a in AgentRoster.Configured(install))
        {
            nodes.Add((a.Label + ".tools.codeMode", ConfigView.Get(a.Tools, "codeMode.enabled"), ConfigView.Get(a.Tools, "codeMode.executor") ?? install.Config.Get("tools.codeMode.executor")));
        }

        foreach (var (label, enabled, executor) in nodes)
        {
            var on = enabled switch
            {
                J5Bool { Value: true } => "true",
                J5String { Value: "auto" } => "\"auto\"",
                _ => null,
            };
            if (on is null)
            {
                continue;
            }

            var exec = (executor as J5String)?.Value ?? "node";
            yield return Info.Find($"{label}.enabled is {on} (executor {exec}{(exec == "node" ? ": node:vm in the gateway process" : "")}).", Evidence.At(enabled!, on));
        }
    }
}

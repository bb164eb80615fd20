using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Exec;

internal sealed class ElevatedDefaultOnCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-EXE-019",
        Title = "Sessions start in elevated mode",
        Layer = Layer.Exec,
        DefaultSeverity = Severity.High,
        Description = "elevatedDefault \"full\" starts sessions with host exec and no approvals; \"on\" starts them on the host with approvals. Either way a sandbox, if configured, is bypassed from the first message.",
        Remediation = "Remove agents.defaults.elevatedDefault (and per-agent elevatedDefault) or set it to \"off\"; switch elevated on per session with /elevated when needed.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.Config.Get("tools.elevated.enabled") is J5Bool { Value: false })
        {
            yield break;
        }

        var nodes = new List<(string Label, J5Node? Node)> { ("agents.defaults", install.Config.Get("agents.defaults.elevatedDefault")) };
        nodes.AddRange(AgentRoster.Configured(install).Select(a => (a.Label, a.Entry?["elevatedDefault"])));
        foreach (var (label, node) in nodes)
        {
            if (node is J5String { Value: "full" or "on" } s)
            {
                yield return Info.Find(
                    $"{label}.elevatedDefault is \"{s.Value}\": sessions start with exec on the gateway host{(s.Value == "full" ? " and no approvals" : "")}.",
                    Evidence.At(s, s.Value),
                    s.Value == "full" ? Severity.High : Severity.Medium);
            }
        }
    }
}

using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Identity;

internal sealed class AuditLedgerDisabledCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-IDS-022",
        Title = "OpenClaw audit ledger disabled",
        Layer = Layer.Identity,
        DefaultSeverity = Severity.Medium,
        Description = "logging.audit records every run and tool action (including MCP <server>__<tool> calls) as metadata in state/openclaw.sqlite; it is the only after-the-fact record of what an agent did. With logging.audit.enabled false nothing is kept.",
        Remediation = "Remove logging.audit.enabled: false (the default is on); query the ledger with openclaw audit.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.Config.Get("logging.audit.enabled") is J5Bool { Value: false } node)
        {
            yield return Info.Find("logging.audit.enabled is false: runs and tool actions leave no record.", Evidence.At(node, "false"));
        }
    }
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Access;

internal sealed class HookDefaultSessionKeyCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-ACC-020",
        Title = "Webhook runs have no fixed session key",
        Layer = Layer.Access,
        DefaultSeverity = Severity.Low,
        Description = "Without hooks.defaultSessionKey every hook-triggered agent run without an explicit key gets a fresh generated session, so webhook ingress is not confined to one known session you can review.",
        Remediation = "Set hooks.defaultSessionKey (for example \"hook:ingress\").",
        OpenClawCheckIds = ["hooks.default_session_key_unset"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var c = install.Config;
        if (c.GetBool("hooks.enabled") == true && (c.Get("hooks.defaultSessionKey") as J5String)?.Value.Trim() is not { Length: > 0 })
        {
            yield return Info.Find("hooks.enabled is true and hooks.defaultSessionKey is not set.", ConfigEvidence.AtFirst(install, null, "hooks.defaultSessionKey", "hooks"));
        }
    }
}

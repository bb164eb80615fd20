using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Access;

internal sealed class HookRequestSessionKeyCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-ACC-022",
        Title = "Webhook payloads choose their session key",
        Layer = Layer.Access,
        DefaultSeverity = Severity.Medium,
        Description = "hooks.allowRequestSessionKey lets /hooks/agent callers pick the session key, so a hook token holder can write into existing sessions (including the operator's main session); without hooks.allowedSessionKeyPrefixes any key shape is accepted.",
        Remediation = "Set hooks.allowRequestSessionKey false (default), or restrict hooks.allowedSessionKeyPrefixes (e.g. [\"hook:\"]).",
        OpenClawCheckIds = ["hooks.request_session_key_enabled", "hooks.request_session_key_prefixes_missing"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var c = install.Config;
        if (c.GetBool("hooks.enabled") != true || c.GetBool("hooks.allowRequestSessionKey") != true)
        {
            yield break;
        }

        var exposed = GatewayPosture.Of(install).ExposedPerOpenClaw;
        var severity = exposed ? Severity.High : Severity.Medium;
        var suffix = exposed ? " on a gateway reachable beyond loopback." : ".";
        yield return Info.Find(
            "hooks.allowRequestSessionKey=true lets /hooks/agent callers choose the session key" + suffix,
            ConfigEvidence.At(install, "hooks.allowRequestSessionKey", "true"),
            severity,
            "hooks.request_session_key_enabled");

        var prefixes = c.GetArray("hooks.allowedSessionKeyPrefixes")?.Items.OfType<J5String>().Count(s => s.Value.Trim().Length > 0) ?? 0;
        if (prefixes == 0)
        {
            yield return Info.Find(
                "hooks.allowRequestSessionKey=true and hooks.allowedSessionKeyPrefixes is unset or empty, so requests can target any session key" + suffix,
                ConfigEvidence.AtFirst(install, null, "hooks.allowedSessionKeyPrefixes", "hooks.allowRequestSessionKey"),
                severity,
                "hooks.request_session_key_prefixes_missing",
                "Webhook session-key override without prefix restrictions");
        }
    }
}

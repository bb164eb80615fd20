using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Network;

internal sealed class HttpSessionKeyOverrideCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-006",
        Title = "OpenAI-compatible HTTP endpoints accept caller-chosen session keys",
        Layer = Layer.Network,
        DefaultSeverity = Severity.Info,
        Description = "/v1/chat/completions and /v1/responses accept x-openclaw-session-key, so any holder of the API credential can read and write any session by key.",
        Remediation = "Enable gateway.http.endpoints.chatCompletions/responses only when needed and treat their credential holders as operators.",
        OpenClawCheckIds = ["gateway.http.session_key_override_enabled"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var c = install.Config;
        var enabled = new List<string>();
        if (c.GetBool("gateway.http.endpoints.chatCompletions.enabled") == true)
        {
            enabled.Add("/v1/chat/completions");
        }

        if (c.GetBool("gateway.http.endpoints.responses.enabled") == true)
        {
            enabled.Add("/v1/responses");
        }

        if (enabled.Count > 0)
        {
            yield return Info.Find(
                $"{string.Join(", ", enabled)} accept x-openclaw-session-key for per-request session routing.",
                ConfigEvidence.AtFirst(install, null, "gateway.http.endpoints.chatCompletions.enabled", "gateway.http.endpoints.responses.enabled"));
        }
    }
}

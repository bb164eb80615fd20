using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Access;

internal sealed class HookTokenTooShortCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-ACC-018",
        Title = "Webhook token shorter than 24 characters",
        Layer = Layer.Access,
        DefaultSeverity = Severity.Medium,
        Description = "hooks.token guards POST <hooks.path>/agent and /wake, which start agent runs. A short token can be guessed; the hooks limiter slows but does not stop that.",
        Remediation = "Use a long random hooks.token (openssl rand -hex 32), distinct from the gateway token.",
        OpenClawCheckIds = ["hooks.token_too_short"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var c = install.Config;
        if (c.GetBool("hooks.enabled") != true || c.Get("hooks.token") is not J5String node || SecretValue.From(node, install).Value?.Trim() is not { Length: > 0 and < 24 } token)
        {
            yield break;
        }

        yield return Info.Find($"hooks.token is {token.Length} chars; prefer a long random token.", Evidence.At(node, Redaction.Secret(token)));
    }
}

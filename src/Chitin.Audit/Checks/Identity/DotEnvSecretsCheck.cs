using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Identity;

internal sealed class DotEnvSecretsCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-IDS-015",
        Title = "Provider keys and gateway secrets kept in plaintext .env",
        Layer = Layer.Identity,
        DefaultSeverity = Severity.Low,
        Description = "<state>/.env keeps API keys and gateway credentials as plaintext on disk, copied by every backup of the state dir. OpenClaw's secrets audit finds provider keys there but not OPENCLAW_GATEWAY_PASSWORD.",
        Remediation = "Move these values to a SecretRef provider (file with mode 600 outside the state dir, exec from a password manager, or the store) or to the service manager's credential store; keep .env at 600 if it stays.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var secrets = install.DotEnv
            .Where(e => SecretHeuristics.IsSecret(e.Key, e.Value) || (e.Key.StartsWith("OPENCLAW_GATEWAY_", StringComparison.Ordinal) && e.Key != "OPENCLAW_GATEWAY_PORT" && SecretHeuristics.IsLiteral(e.Value)))
            .GroupBy(e => e.Key, StringComparer.Ordinal)
            .Select(g => g.Last())
            .OrderBy(e => e.Line)
            .ToList();
        if (secrets.Count == 0)
        {
            yield break;
        }

        var first = secrets[0];
        var names = string.Join(", ", secrets.Select(e => e.Key));
        yield return Info.Find(
            $"{first.File} holds {secrets.Count} plaintext secret(s): {names}.",
            new Evidence { File = first.File, Line = first.Line, JsonPath = first.Key, Value = Redaction.Secret(first.Value) });
    }
}

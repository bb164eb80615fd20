using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Network;

internal sealed class GatewayAuthRefUnresolvedCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-023",
        Title = "Gateway credential reference does not resolve here",
        Layer = Layer.Network,
        DefaultSeverity = Severity.Low,
        Description = "The active gateway token or password is a ${VAR} or env SecretRef whose variable is set neither in the auditing environment nor in <state>/.env, or a file/exec SecretRef naming a provider that secrets.providers does not define. Clients and the audit cannot authenticate, and if the gateway cannot resolve it either the HTTP APIs fall back to no shared secret.",
        Remediation = "Define the variable where the gateway and CLI run (service environment or <state>/.env with mode 600), or run the audit with the same environment as the gateway.",
        OpenClawCheckIds = ["gateway.probe_auth_secretref_unavailable"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var mode = GatewayPosture.Of(install).AuthMode;
        var node = install.Config.Get("gateway.auth." + mode);
        if (mode is not ("token" or "password") || node is null)
        {
            yield break;
        }

        var value = SecretValue.From(node, install);
        if (value.EnvVar is { } name && string.IsNullOrWhiteSpace(value.Value))
        {
            yield return Info.Find(
                $"gateway.auth.{mode} refers to {name}, which is not set in the auditing environment or <state>/.env.",
                Evidence.At(node, name));
        }
        else if (node is J5Object reference && value.EnvVar is null && !GatewayCredential.RefResolvable(install, reference))
        {
            var provider = (reference["provider"] as J5String)?.Value ?? "(default)";
            yield return Info.Find(
                $"gateway.auth.{mode} is a {(reference["source"] as J5String)?.Value ?? "SecretRef"} reference to provider \"{provider}\", which secrets.providers does not define.",
                Evidence.At(node, provider));
        }
    }
}

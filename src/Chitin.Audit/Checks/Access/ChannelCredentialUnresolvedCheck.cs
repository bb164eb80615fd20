using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Access;

internal sealed class ChannelCredentialUnresolvedCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-ACC-010",
        Title = "Channel account credential reference does not resolve",
        Layer = Layer.Access,
        DefaultSeverity = Severity.Low,
        Description = "A channel account value is a ${VAR} or env SecretRef whose variable is set neither in the auditing environment nor in <state>/.env, so the account cannot be resolved read-only: the channel may not start, and its own security settings cannot be fully audited.",
        Remediation = "Define the variable where the gateway runs (service environment or <state>/.env, mode 600), or run the audit with the gateway's environment.",
        OpenClawCheckIds = ["channels.<provider>.account.read_only_resolution"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var scope in ChannelScope.AuditTargets(install.Config).Where(s => s.Enabled))
        {
            var refs = new List<(J5Node Node, string Var)>();
            Collect(scope.Node, install, refs);
            if (scope.Account is not null)
            {
                foreach (var m in scope.ChannelNode.Members.Where(m => m.Key != "accounts" && scope.Node[m.Key] is null))
                {
                    Collect(m.Value, install, refs);
                }
            }

            foreach (var (node, name) in refs)
            {
                yield return Info.Find(
                    $"{scope.Path}: {node.Path} refers to {name}, which is not set in the auditing environment or <state>/.env.",
                    Evidence.At(node, name),
                    openClawCheckId: $"channels.{scope.Channel}.account.read_only_resolution");
            }
        }
    }

    private static void Collect(J5Node node, OpenClawInstall install, List<(J5Node, string)> refs)
    {
        var isRef = node is J5String s && Redaction.IsEnvReference(s.Value.Trim())
            || node is J5Object o && o["source"] is J5String { Value: "env" } && o["id"] is J5String;
        if (isRef)
        {
            var v = SecretValue.From(node, install);
            if (v.EnvVar is { } name && string.IsNullOrWhiteSpace(v.Value))
            {
                refs.Add((node, name));
            }
        }
        else if (node is J5Object obj)
        {
            foreach (var m in obj.Members.Where(m => m.Key != "accounts"))
            {
                Collect(m.Value, install, refs);
            }
        }
        else if (node is J5Array arr)
        {
            foreach (var item in arr.Items)
            {
                Collect(item, install, refs);
            }
        }
    }
}

using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Posture;

/// <summary>
/// A credential as configured: a literal, a <c>${VAR}</c> reference, or a SecretRef object; resolved against
/// the auditing environment and <c>&lt;state&gt;/.env</c> where OpenClaw would resolve it. The value is for
/// comparisons only; print it with <see cref="Findings.Redaction.Secret"/>.
/// </summary>
public sealed record SecretValue(J5Node? Node, string? Value, bool IsLiteral, string? EnvVar)
{
    public static SecretValue Absent { get; } = new(null, null, false, null);

    public bool IsSet => Node is not null || Value is not null;

    public static SecretValue From(J5Node? node, OpenClawInstall install)
    {
        switch (node)
        {
            case null:
                return Absent;
            case J5String s when Findings.Redaction.IsEnvReference(s.Value):
                {
                    var name = s.Value[2..^1];
                    return new SecretValue(node, Lookup(install, name), false, name);
                }

            case J5String s:
                return new SecretValue(node, s.Value, true, null);
            case J5Object o when o["source"] is J5String { Value: "env" } && o["id"] is J5String id:
                return new SecretValue(node, Lookup(install, id.Value), false, id.Value);
            case J5Object:
                // file/exec/store SecretRefs resolve outside our reach; treat as configured.
                return new SecretValue(node, null, false, null);
            default:
                return new SecretValue(node, null, true, null);
        }
    }

    public static string? Lookup(OpenClawInstall install, string name) =>
        install.Environment.TryGetValue(name, out var v) ? v : install.DotEnv.LastOrDefault(e => e.Key == name)?.Value;
}

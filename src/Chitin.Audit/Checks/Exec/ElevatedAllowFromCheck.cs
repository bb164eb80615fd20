using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Exec;

internal sealed class ElevatedAllowFromCheck : IAuditCheck
{
    /// <summary>OpenClaw warns above this many entries per provider.</summary>
    public const int LargeThreshold = 25;

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-EXE-001",
        Title = "Elevated exec allowlist contains a wildcard or is large",
        Layer = Layer.Exec,
        DefaultSeverity = Severity.Critical,
        Description = "tools.elevated.allowFrom.<provider> decides who may switch a session to elevated mode, which runs exec on the gateway host outside any sandbox. \"*\" approves everyone who can message the agent on that channel.",
        Remediation = "List exact sender ids in tools.elevated.allowFrom.<provider> (a handful of operators), or set tools.elevated.enabled to false.",
        OpenClawCheckIds = ["tools.elevated.allowFrom.<provider>.wildcard", "tools.elevated.allowFrom.<provider>.large"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.Config.Get("tools.elevated.enabled") is J5Bool { Value: false })
        {
            yield break;
        }

        foreach (var p in install.Config.Members("tools.elevated.allowFrom"))
        {
            var entries = p.Value is J5Array a ? a.Items : [];
            var normalized = entries.Select(Text).Where(s => s.Length > 0).ToList();
            var wildcard = entries.FirstOrDefault(i => Text(i) == "*");
            if (wildcard is not null)
            {
                yield return Info.Find(
                    $"tools.elevated.allowFrom.{p.Key} includes \"*\": everyone on {p.Key} can turn on elevated (host) exec.",
                    Evidence.At(wildcard, "*"),
                    Severity.Critical,
                    $"tools.elevated.allowFrom.{p.Key}.wildcard");
            }
            else if (normalized.Count > LargeThreshold)
            {
                yield return Info.Find(
                    $"tools.elevated.allowFrom.{p.Key} has {normalized.Count} entries; each of them can run host exec.",
                    Evidence.At(p.Value, $"{normalized.Count} entries"),
                    Severity.Medium,
                    $"tools.elevated.allowFrom.{p.Key}.large",
                    title: "Elevated exec allowlist is large");
            }
        }
    }

    private static string Text(J5Node n) => n switch
    {
        J5String s => s.Value.Trim(),
        J5Number num => num.Raw,
        J5Bool b => b.Value ? "true" : "false",
        _ => "",
    };
}

using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Exec;

internal sealed class ElevatedImplicitlyEnabledCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-EXE-018",
        Title = "Elevated exec is on by default and has senders",
        Layer = Layer.Exec,
        DefaultSeverity = Severity.Medium,
        Description = "tools.elevated.enabled defaults to true, so any sender listed in tools.elevated.allowFrom can switch a session to elevated mode: exec on the gateway host, outside the sandbox. Nobody chose that explicitly.",
        Remediation = "Set tools.elevated.enabled to false unless you use elevated mode; if you do, set it to true explicitly and keep allowFrom to your own ids.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var c = install.Config;
        if (c.Get("tools.elevated.enabled") is J5Bool || c.GetObject("tools.elevated.allowFrom") is not { } allowFrom)
        {
            yield break;
        }

        var providers = allowFrom.Members
            .Select(p => (p.Key, Count: ConfigView.GetStrings(p.Value).Count(s => s.Trim().Length > 0)))
            .Where(p => p.Count > 0)
            .ToList();
        if (providers.Count == 0)
        {
            yield break;
        }

        var list = string.Join(", ", providers.Select(p => $"{p.Key} ({p.Count})"));
        yield return Info.Find(
            $"tools.elevated.enabled is unset (default true) and tools.elevated.allowFrom admits senders on: {list}.",
            Evidence.At(allowFrom, list));
    }
}

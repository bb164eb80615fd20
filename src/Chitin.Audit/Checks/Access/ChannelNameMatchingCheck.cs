using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Access;

internal sealed class ChannelNameMatchingCheck : IAuditCheck
{
    private static readonly string[] MutablePrefixes = ["name:", "username:", "displayname:", "display:", "nick:", "handle:"];

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-ACC-011",
        Title = "Channel allowlists match mutable names",
        Layer = Layer.Access,
        DefaultSeverity = Severity.Medium,
        Description = "dangerouslyAllowNameMatching lets allowlists match display names, handles and tags that their owners (or anyone who picks the same name) can change, so admission can be impersonated. With it off, such entries never match and are silently inert.",
        Remediation = "Put stable sender ids in allowFrom/groupAllowFrom (numeric or provider user ids), then set dangerouslyAllowNameMatching false.",
        OpenClawCheckIds = ["channels.<provider>.allowFrom.dangerous_name_matching_enabled", "channels.<provider>.allowFrom.mutable_entries_inert"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var scope in ChannelTargets.Active(install))
        {
            if (scope.Get("dangerouslyAllowNameMatching") is J5Bool { Value: true } flag)
            {
                yield return Info.Find(
                    $"{scope.Path}: dangerouslyAllowNameMatching=true lets allowlists authorize senders by changeable names.",
                    Evidence.At(flag, "true"),
                    openClawCheckId: $"channels.{scope.Channel}.allowFrom.dangerous_name_matching_enabled",
                    title: "Dangerous name matching enabled");
                continue;
            }

            if (scope.Channel == "telegram")
            {
                continue; // Telegram's own rule reports non-numeric entries (CHI-ACC-015).
            }

            var entries = scope.EffectiveAllowFrom.Where(e => e.Trim() is { Length: > 0 } t && t != "*").ToList();
            var mutable = entries.Where(IsMutable).ToList();
            if (mutable.Count > 0)
            {
                yield return Info.Find(
                    $"{scope.Path}: {mutable.Count} of {entries.Count} allowFrom entries look like names or handles ({string.Join(", ", mutable.Take(5))}); with name matching off they never authorize anyone.",
                    ConfigEvidence.At(install, scope.EffectiveAllowFromNode, scope.Path + ".allowFrom"),
                    Severity.Low,
                    $"channels.{scope.Channel}.allowFrom.mutable_entries_inert",
                    "Mutable allowFrom entries are inert");
            }
        }
    }

    /// <summary>A handle (<c>@alice</c>), a name-type prefix, a Discord-style tag (<c>alice#1234</c>) or text with spaces.</summary>
    internal static bool IsMutable(string entry)
    {
        var e = entry.Trim();
        return e.StartsWith('@')
            || MutablePrefixes.Any(p => e.StartsWith(p, StringComparison.OrdinalIgnoreCase))
            || (e.Contains('#', StringComparison.Ordinal) && !e.StartsWith('#'))
            || e.Any(char.IsWhiteSpace);
    }
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Access;

internal sealed class TelegramAllowFromEntriesCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-ACC-015",
        Title = "Telegram allowlist contains non-numeric entries",
        Layer = Layer.Access,
        DefaultSeverity = Severity.Low,
        Description = "Telegram authorizes senders by numeric user id only. @usernames and other non-numeric entries in allowFrom, groupAllowFrom or per-group/topic allowFrom never match, so the people they name are locked out and the list gives a false sense of who has access.",
        Remediation = "Replace @username entries with numeric Telegram user ids (openclaw setup resolves them), then re-run the audit.",
        OpenClawCheckIds = ["channels.telegram.allowFrom.invalid_entries"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var scope in ChannelTargets.Active(install).Where(s => s.Channel == "telegram"))
        {
            var lists = new List<J5Node?> { scope.Get("allowFrom") };
            if (install.Config.GetBool("commands.text") != false && TelegramGroups.Reachable(install.Config, scope))
            {
                lists.Add(scope.Get("groupAllowFrom"));
                lists.AddRange(TelegramGroups.OverrideLists(scope));
            }

            var invalid = lists.OfType<J5Array>()
                .SelectMany(a => a.Items)
                .Select(i => (Item: i, Text: Normalize(i)))
                .Where(p => p.Text is { Length: > 0 } t && t != "*" && !t.All(char.IsAsciiDigit))
                .ToList();
            if (invalid.Count == 0)
            {
                continue;
            }

            var examples = invalid.Select(p => p.Text!).Distinct(StringComparer.Ordinal).ToList();
            yield return Info.Find(
                $"{scope.Path}: non-numeric Telegram allowlist entries {string.Join(", ", examples.Take(5))}{(examples.Count > 5 ? $" (+{examples.Count - 5} more)" : "")} never match a sender.",
                Evidence.At(invalid[0].Item, invalid[0].Text));
        }
    }

    private static string? Normalize(J5Node item)
    {
        var raw = item switch
        {
            J5String s => s.Value,
            J5Number n => n.Raw,
            _ => null,
        };
        if (raw is null)
        {
            return null;
        }

        var t = raw.Trim();
        foreach (var prefix in Prefixes)
        {
            if (t.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                t = t[prefix.Length..].Trim();
                break;
            }
        }

        return t;
    }

    private static readonly string[] Prefixes = ["telegram:", "tg:"];
}

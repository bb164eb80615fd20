using System.Text.RegularExpressions;
using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Exec;

internal sealed partial class WeakTierModelCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-EXE-013",
        Title = "A configured model is below the recommended tier",
        Layer = Layer.Exec,
        DefaultSeverity = Severity.Low,
        Description = "Haiku-tier models, GPT models before GPT-5 and Claude models before 4.5 are more susceptible to prompt injection and tool misuse.",
        Remediation = "Use a top-tier current model (GPT-5+, Claude 4.5+) for any agent with tools or untrusted inboxes.",
        OpenClawCheckIds = ["models.weak_tier"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var m in ModelRef.Collect(install))
        {
            var reasons = new List<string>();
            if (Haiku().IsMatch(m.Id))
            {
                reasons.Add("Haiku tier (smaller model)");
            }

            if (Gpt().IsMatch(m.Id) && !Gpt5().IsMatch(m.Id))
            {
                reasons.Add("Below GPT-5 family");
            }

            if (Claude().IsMatch(m.Id) && !Claude45().IsMatch(m.Id))
            {
                reasons.Add("Below Claude 4.5");
            }

            if (reasons.Count > 0)
            {
                yield return Info.Find($"{m.Id} ({string.Join("; ", reasons)}) @ {m.Source}.", Evidence.At(m.Node, m.Id));
            }
        }
    }

    [GeneratedRegex(@"\bhaiku\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Haiku();

    [GeneratedRegex(@"\bgpt-", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Gpt();

    [GeneratedRegex(@"\bgpt-5(?:\b|[.-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Gpt5();

    [GeneratedRegex(@"\bclaude-", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Claude();

    [GeneratedRegex(@"\bclaude-[^\s/]*?(?:-4-?(?:[5-9]|[1-9]\d)\b|4\.(?:[5-9]|[1-9]\d)\b|-[5-9](?:\b|[.-]))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Claude45();
}

using System.Text.RegularExpressions;
using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Exec;

internal sealed partial class LegacyModelCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-EXE-012",
        Title = "A configured model is a legacy model",
        Layer = Layer.Exec,
        DefaultSeverity = Severity.Medium,
        Description = "GPT-3.5, Claude 2/Instant and the 2023 GPT-4 snapshots follow injected instructions far more readily than current models, which matters for an agent that can run tools.",
        Remediation = "Replace legacy primary, fallback and image models with current, instruction-hardened models.",
        OpenClawCheckIds = ["models.legacy"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var m in ModelRef.Collect(install))
        {
            var reason = Gpt35().IsMatch(m.Id) ? "GPT-3.5 family"
                : Claude2().IsMatch(m.Id) ? "Claude 2/Instant family"
                : Gpt4Legacy().IsMatch(m.Id) ? "Legacy GPT-4 snapshots"
                : null;
            if (reason is not null)
            {
                yield return Info.Find($"{m.Id} ({reason}) @ {m.Source}.", Evidence.At(m.Node, m.Id));
            }
        }
    }

    [GeneratedRegex(@"\bgpt-3\.5\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Gpt35();

    [GeneratedRegex(@"\bclaude-(instant|2)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Claude2();

    [GeneratedRegex(@"\bgpt-4-(0314|0613)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Gpt4Legacy();
}

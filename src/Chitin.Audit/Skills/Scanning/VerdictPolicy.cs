using Chitin.Audit.Findings;
using Chitin.Audit.Skills.Rules;

namespace Chitin.Audit.Skills.Scanning;

/// <summary>
/// Findings to a verdict. Malicious: a critical finding (decisive rules, confirmed IOCs, payloads reaching raw
/// IPs or collectors) or a combination from rules/skills/combinations.json. Suspicious: anything at medium or
/// above. Clean: only info and low findings. Context grading has already lowered quoted or negated text.
/// </summary>
internal static class VerdictPolicy
{
    public static (SkillVerdict Verdict, List<string> Reasons) Decide(IReadOnlyList<SkillFinding> findings, IReadOnlyList<Combination> combinations)
    {
        var reasons = new List<string>();
        foreach (var c in combinations)
        {
            var met = c.PerFile
                ? findings.GroupBy(f => f.File, StringComparer.Ordinal).Any(g => c.IsMetBy(g))
                : c.IsMetBy(findings);
            if (met)
            {
                reasons.Add($"{c.Id}: {c.Title}");
            }
        }

        foreach (var f in findings.Where(f => f.Severity == Severity.Critical).DistinctBy(f => f.RuleId))
        {
            reasons.Add($"{f.RuleId}: {f.Title}" + (f.File is null ? "" : $" ({f.File}{(f.Line is { } l ? ":" + l : "")})"));
        }

        if (reasons.Count > 0)
        {
            return (SkillVerdict.Malicious, reasons);
        }

        foreach (var f in findings.Where(f => f.Severity >= Severity.Medium).OrderByDescending(f => f.Severity).DistinctBy(f => f.RuleId).Take(5))
        {
            reasons.Add($"{f.RuleId}: {f.Title}" + (f.File is null ? "" : $" ({f.File}{(f.Line is { } l ? ":" + l : "")})") + (f.Context is null ? "" : $" [{f.Context}]"));
        }

        return (reasons.Count > 0 ? SkillVerdict.Suspicious : SkillVerdict.Clean, reasons);
    }
}

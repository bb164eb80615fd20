using System.Text.RegularExpressions;
using Chitin.Audit.Findings;
using Chitin.Audit.Skills.Text;

namespace Chitin.Audit.Skills.Scanning;

/// <summary>
/// Polarity and placement: text quoted in a reference file, a table, under a heading about attacks or
/// detection, or after "never run …" is documentation, not an instruction. Each lowers the severity (at most
/// two levels in total), so a quoted payload makes a skill suspicious at worst, never malicious.
/// </summary>
internal static partial class ContextGrader
{
    private static readonly HashSet<string> ReferenceDirs = new(StringComparer.OrdinalIgnoreCase)
    {
        "references", "reference", "docs", "doc", "examples", "example", "tests", "test", "__tests__", "fixtures", "test-fixtures", "samples", "testdata",
    };

    public static (Severity Severity, string? Why) Grade(Severity severity, string filePath, NormalizedText text, int lineIndex, int columnInLine)
    {
        var steps = 0;
        var reasons = new List<string>(2);
        if (IsReferenceFile(filePath))
        {
            steps++;
            reasons.Add("reference file");
        }

        if (text.TableRow[lineIndex])
        {
            steps++;
            reasons.Add("quoted in a table");
        }

        if (text.Heading[lineIndex].Length > 0 && EducationalHeading().IsMatch(text.Heading[lineIndex]))
        {
            steps += 2;
            reasons.Add($"under the heading \"{Trim(text.Heading[lineIndex])}\"");
        }

        var line = text.LineText(lineIndex);
        var before = line[..Math.Clamp(columnInLine, 0, line.Length)];
        if (!before.IsEmpty && Negation().IsMatch(before))
        {
            steps++;
            reasons.Add("negated or described, not instructed");
        }

        if (steps == 0)
        {
            return (severity, null);
        }

        var lowered = (Severity)Math.Max((int)Severity.Info, (int)severity - Math.Min(2, steps));
        return (lowered, string.Join("; ", reasons));
    }

    public static bool IsReferenceFile(string path)
    {
        if (path.EndsWith("SKILL.md", StringComparison.OrdinalIgnoreCase) && !path.Contains('/', StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var part in path.Split('/'))
        {
            if (ReferenceDirs.Contains(part))
            {
                return true;
            }
        }

        return false;
    }

    private static string Trim(string s) => s.Length <= 60 ? s : s[..57] + "...";

    [GeneratedRegex(@"\b(?:detect\w*|indicators?|iocs?|red flags?|warning signs?|malicious|attacks?|attackers?|threats?|anti-?patterns?|what not to|don'?t|never|avoid|bad examples?|unsafe examples?|dangerous|forbidden|blocked|scanners?|signatures?|security checks?|injection examples?|exfiltration|known bad|suspicious|evasion|payloads?|phishing|scams?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EducationalHeading();

    [GeneratedRegex(@"\b(?:(?:never|don'?t|do not|must not|should not|shouldn'?t|not)\s+(?:\w+\s+){0,2}?(?:run|execute|paste|pipe|use|install|copy|type|enter|trust|curl|download|open|click|follow)\b|avoid|refuse|reject|detects?|catches|warns? (?:about|on)|beware(?: of)?|watch out for|example of (?:an? )?(?:attack|malicious))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();
}

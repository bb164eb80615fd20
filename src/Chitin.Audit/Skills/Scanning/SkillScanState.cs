using Chitin.Audit.Findings;

namespace Chitin.Audit.Skills.Scanning;

/// <summary>What one skill's scan has gathered so far. Used by one thread only.</summary>
internal sealed class SkillScanState
{
    /// <summary>At most this many findings per rule per file; the rest only add to a count.</summary>
    public const int PerRuleFileCap = 3;

    private readonly Dictionary<(string Rule, string? File), int> _counts = [];

    public List<SkillFinding> Findings { get; } = [];

    public List<string> Notes { get; } = [];

    public int Files { get; set; }

    public long Bytes { get; set; }

    public string? FrontmatterName { get; set; }

    public List<string> Publishers { get; } = [];

    public bool HasSkillMd { get; set; }

    public bool Full(string ruleId, string? file) => _counts.GetValueOrDefault((ruleId, file)) >= PerRuleFileCap;

    public void Add(SkillFinding finding)
    {
        var key = (finding.RuleId, finding.File);
        var n = _counts.GetValueOrDefault(key);
        _counts[key] = n + 1;
        if (n >= PerRuleFileCap)
        {
            return;
        }

        // The same rule on the same line via two patterns or layers is one finding (keep the more severe).
        for (var i = 0; i < Findings.Count; i++)
        {
            var f = Findings[i];
            if (f.RuleId == finding.RuleId && f.File == finding.File && f.Line == finding.Line)
            {
                if (finding.Severity > f.Severity)
                {
                    Findings[i] = finding;
                }

                return;
            }
        }

        Findings.Add(finding);
    }

    public bool Any(string family, Severity atLeast) => Findings.Exists(f => f.Family == family && f.Severity >= atLeast);
}

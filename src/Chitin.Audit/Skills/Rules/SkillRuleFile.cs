namespace Chitin.Audit.Skills.Rules;

/// <summary>The JSON shape of rules/skills/&lt;family&gt;.json.</summary>
public sealed class SkillRuleFile
{
    public string Family { get; set; } = "";

    public string? Description { get; set; }

    public List<SkillRuleDto> Rules { get; set; } = [];

    public List<CombinationDto> Combinations { get; set; } = [];
}

namespace Chitin.Audit.Skills;

/// <summary>The scanner's judgement of one skill or plugin.</summary>
public enum SkillVerdict
{
    Clean = 0,
    Suspicious = 1,
    Malicious = 2,
}

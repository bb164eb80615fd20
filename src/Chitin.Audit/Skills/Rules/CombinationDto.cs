namespace Chitin.Audit.Skills.Rules;

/// <summary>
/// A combination of signals that makes a skill malicious although no single one does: every group in
/// <see cref="All"/> must have a finding of one of its families at or above its minimum severity, in the same
/// skill (scope "skill") or the same file (scope "file").
/// </summary>
public sealed class CombinationDto
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string Scope { get; set; } = "skill";

    public List<CombinationGroupDto> All { get; set; } = [];

    public string Why { get; set; } = "";
}

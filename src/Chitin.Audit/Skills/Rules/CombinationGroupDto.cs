namespace Chitin.Audit.Skills.Rules;

/// <summary>One required signal of a <see cref="CombinationDto"/>.</summary>
public sealed class CombinationGroupDto
{
    public List<string> Families { get; set; } = [];

    public string MinSeverity { get; set; } = "medium";
}

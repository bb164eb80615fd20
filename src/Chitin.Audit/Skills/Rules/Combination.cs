using Chitin.Audit.Findings;

namespace Chitin.Audit.Skills.Rules;

/// <summary>A compiled <see cref="CombinationDto"/>.</summary>
public sealed class Combination
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Why { get; init; }

    /// <summary>True: all groups must be met within one file; false: anywhere in the skill.</summary>
    public bool PerFile { get; init; }

    public required IReadOnlyList<(IReadOnlySet<string> Families, Severity MinSeverity)> Groups { get; init; }

    /// <summary>True when every group has a finding among <paramref name="findings"/>.</summary>
    public bool IsMetBy(IEnumerable<SkillFinding> findings)
    {
        var met = new bool[Groups.Count];
        foreach (var f in findings)
        {
            for (var i = 0; i < Groups.Count; i++)
            {
                if (!met[i] && f.Severity >= Groups[i].MinSeverity && Groups[i].Families.Contains(f.Family))
                {
                    met[i] = true;
                }
            }
        }

        return Array.TrueForAll(met, m => m);
    }
}

using Chitin.Audit.Skills.Sources;

namespace Chitin.Audit.Skills;

/// <summary>Something to scan as one skill: a folder, an archive, or a file, with where it was found.</summary>
public sealed record SkillTarget
{
    /// <summary>Folder or file name; the SKILL.md front-matter name wins when present.</summary>
    public required string Name { get; init; }

    public required string Path { get; init; }

    public required ISkillSource Source { get; init; }

    public string Location { get; init; } = "path";

    /// <summary>skill or plugin.</summary>
    public string Kind { get; init; } = "skill";
}

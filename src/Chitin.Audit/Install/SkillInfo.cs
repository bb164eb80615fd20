namespace Chitin.Audit.Install;

/// <summary>One installed skill folder found in a skills location.</summary>
public sealed record SkillInfo
{
    public required string Name { get; init; }

    public required string Dir { get; init; }

    /// <summary>workspace, workspace-agents, user-agents, managed, workshop, extra, plugin.</summary>
    public required string Location { get; init; }

    /// <summary>The skills root it was found under.</summary>
    public required string Root { get; init; }

    /// <summary>Set when the skill (or its SKILL.md) is a symlink resolving outside its root.</summary>
    public string? EscapesTo { get; init; }

    public bool HasSkillMd { get; init; }
}

namespace Chitin.Audit.Skills.Sources;

/// <summary>What a skill entry is. Only regular files have content; nothing is ever followed.</summary>
public enum SkillEntryKind
{
    File,

    /// <summary>A symlink (or tar link) whose target lies outside the skill.</summary>
    EscapingLink,

    /// <summary>FIFO, device, socket: never opened.</summary>
    Special,

    /// <summary>An archive member whose name escapes the archive root (zip-slip: <c>../</c>, absolute, drive letter).</summary>
    UnsafePath,

    /// <summary>An archive that hit a bound (entry count, total size, compression ratio); the rest was not read.</summary>
    ArchiveBomb,
}

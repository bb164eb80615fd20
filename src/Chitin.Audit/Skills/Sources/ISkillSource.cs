namespace Chitin.Audit.Skills.Sources;

/// <summary>A skill's files: a folder, an archive, or one file. Enumeration is lazy and never throws for bad input.</summary>
public interface ISkillSource
{
    /// <summary>Problems are added to <paramref name="notes"/> (or become entries such as escaping links) and the walk goes on.</summary>
    IEnumerable<SkillFileEntry> Enumerate(ICollection<string> notes);
}

using Chitin.Audit.Install.FileSystem;

namespace Chitin.Audit.Skills.Sources;

/// <summary>One file scanned as a skill on its own (e.g. a lone SKILL.md).</summary>
public sealed class SingleFileSource(string path, ScanLimits limits) : ISkillSource
{
    public IEnumerable<SkillFileEntry> Enumerate(ICollection<string> notes)
    {
        var facts = FileProbe.Probe(path);
        var (bytes, truncated, error) = FileReading.Read(path, facts.Size, limits);
        if (bytes is null)
        {
            notes.Add($"{Path.GetFileName(path)}: cannot read ({error})");
            yield break;
        }

        yield return new SkillFileEntry { Path = Path.GetFileName(path), Size = facts.Size, Content = bytes, Truncated = truncated };
    }
}

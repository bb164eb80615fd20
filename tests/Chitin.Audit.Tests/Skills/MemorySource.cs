using System.Text;
using Chitin.Audit.Skills.Sources;

namespace Chitin.Audit.Tests.Skills;

/// <summary>A skill held in memory: file name → text (or bytes), plus any special entries.</summary>
internal sealed class MemorySource(IEnumerable<SkillFileEntry> entries) : ISkillSource
{
    public static MemorySource Of(params (string Path, string Text)[] files) =>
        new(files.Select(f => new SkillFileEntry { Path = f.Path, Size = Encoding.UTF8.GetByteCount(f.Text), Content = Encoding.UTF8.GetBytes(f.Text) }));

    public IEnumerable<SkillFileEntry> Enumerate(ICollection<string> notes) => entries;
}

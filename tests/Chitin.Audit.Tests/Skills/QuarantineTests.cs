using Chitin.Audit.Install;
using Chitin.Audit.Skills.Quarantine;

namespace Chitin.Audit.Tests.Skills;

/// <summary>Quarantine moves a skill out of its load path with a manifest; restore puts it back; links are never followed.</summary>
public sealed class QuarantineTests : IDisposable
{
    private readonly string _state = Directory.CreateTempSubdirectory("chitin-q-").FullName;

    public void Dispose() => Directory.Delete(_state, recursive: true);

    private static SkillInfo Make(string root, string name)
    {
        var dir = Path.Combine(root, name);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "SKILL.md"), $"---\nname: {name}\n---\n");
        return new SkillInfo { Name = name, Dir = dir, Root = root, Location = "managed", HasSkillMd = true };
    }

    [Fact]
    public void Quarantine_and_restore_round_trip_with_a_manifest()
    {
        var managed = Path.Combine(_state, "skills");
        var workspace = Path.Combine(_state, "workspace", "skills");
        var a = Make(managed, "evil");
        var b = Make(workspace, "evil") with { Location = "workspace" };
        var other = Make(managed, "fine");
        var q = new SkillQuarantine(_state, TimeProvider.System);

        var moved = q.Quarantine("evil", [a, b, other]);
        Assert.Equal(2, moved.Count);
        Assert.False(Directory.Exists(a.Dir));
        Assert.False(Directory.Exists(b.Dir));
        Assert.True(Directory.Exists(other.Dir));
        Assert.All(moved, e => Assert.True(File.Exists(Path.Combine(e.QuarantinedPath, "SKILL.md"))));
        Assert.Equal(2, q.ReadManifest().Entries.Count(e => e.RestoredAt is null));

        var restored = q.Restore("evil");
        Assert.Equal(2, restored.Count);
        Assert.True(File.Exists(Path.Combine(a.Dir, "SKILL.md")));
        Assert.True(File.Exists(Path.Combine(b.Dir, "SKILL.md")));
        Assert.All(q.ReadManifest().Entries, e => Assert.NotNull(e.RestoredAt));
        Assert.Throws<InvalidOperationException>(() => q.Restore("evil"));
        Assert.Throws<InvalidOperationException>(() => q.Quarantine("missing", [a]));
    }

    [Fact]
    public void A_symlinked_skill_moves_as_a_link_and_its_target_is_untouched()
    {
        var managed = Path.Combine(_state, "skills");
        Directory.CreateDirectory(managed);
        var outside = Path.Combine(_state, "outside", "helper");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "SKILL.md"), "x");
        var link = Path.Combine(managed, "helper");
        Directory.CreateSymbolicLink(link, outside);
        var q = new SkillQuarantine(_state, TimeProvider.System);
        var entry = Assert.Single(q.Quarantine("helper", [new SkillInfo { Name = "helper", Dir = link, Root = managed, Location = "managed" }]));
        Assert.True(File.Exists(Path.Combine(outside, "SKILL.md")));
        Assert.NotNull(new FileInfo(entry.QuarantinedPath).LinkTarget);
        Assert.False(Path.Exists(link));
        q.Restore("helper");
        Assert.NotNull(new FileInfo(link).LinkTarget);
    }

    [Fact]
    public void Entries_not_directly_in_their_root_or_roots_that_are_links_are_refused()
    {
        var managed = Path.Combine(_state, "skills");
        var deep = Make(Path.Combine(managed, "nested"), "x") with { Root = managed };
        var q = new SkillQuarantine(_state, TimeProvider.System);
        Assert.Throws<InvalidOperationException>(() => q.Quarantine("x", [deep]));
        var realRoot = Path.Combine(_state, "real-root");
        var s = Make(realRoot, "y");
        var linkedRoot = Path.Combine(_state, "linked-root");
        Directory.CreateSymbolicLink(linkedRoot, realRoot);
        Assert.Throws<InvalidOperationException>(() => q.Quarantine("y", [s with { Dir = Path.Combine(linkedRoot, "y"), Root = linkedRoot }]));
        Assert.True(Directory.Exists(s.Dir));
    }
}

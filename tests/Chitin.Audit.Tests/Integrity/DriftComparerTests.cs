using Chitin.Audit.Findings;
using Chitin.Audit.Integrity;

namespace Chitin.Audit.Tests.Integrity;

/// <summary>The pure comparison, for cases a test running as root cannot make on disk (permission denied).</summary>
public sealed class DriftComparerTests
{
    private static readonly IntegrityPolicy Policy = IntegrityPolicy.Default;

    [Fact]
    public void A_file_that_became_unreadable_is_reported_as_such()
    {
        var b = File("/s/workspace/SOUL.md", "workspace:SOUL.md", "aa");
        var c = b with { Sha256 = null, Error = "Permission denied", CtimeNs = 2 };
        var change = Assert.Single(Compare([b], [c]));
        Assert.Equal("unreadable", change.Change);
        Assert.Equal(Severity.Critical, change.Severity);
    }

    [Fact]
    public void Entries_under_a_folder_that_cannot_be_listed_are_unreadable_not_removed()
    {
        var b = File("/s/skills/x/SKILL.md", "state:skills/x/SKILL.md", "aa");
        var changes = DriftComparer.Compare([b], new Dictionary<string, BaselineEntry>(), Policy, [], ["/s/skills/x"]);
        Assert.Equal("unreadable", Assert.Single(changes).Change);
    }

    [Fact]
    public void Nothing_is_removed_under_a_truncated_root()
    {
        var b = File("/s/extensions/big/f1.js", "state:extensions/big/f1.js", "aa");
        Assert.Empty(DriftComparer.Compare([b], new Dictionary<string, BaselineEntry>(), Policy, ["/s"], []));
        Assert.Single(DriftComparer.Compare([b], new Dictionary<string, BaselineEntry>(), Policy, [], []));
    }

    [Fact]
    public void Mode_changes_are_graded_by_what_they_open()
    {
        var b = File("/s/.env", "state:.env", "aa") with { Mode = 0x180 };
        Assert.Equal(Severity.Low, Assert.Single(Compare([b], [b with { Mode = 0x100 }])).Severity);
        Assert.Equal(Severity.High, Assert.Single(Compare([b], [b with { Mode = 0x1B6 }])).Severity);
        var memory = File("/s/workspace/MEMORY.md", "workspace:MEMORY.md", "aa") with { Mode = 0x180 };
        Assert.Equal(Severity.High, Assert.Single(Compare([memory], [memory with { Mode = 0x1B0 }])).Severity);
    }

    [Fact]
    public void A_path_the_policy_now_ignores_is_not_reported()
    {
        var b = File("/s/workspace/memory/a.md", "workspace:memory/a.md", "aa");
        Assert.Empty(Compare([b], []));
    }

    private static List<IntegrityChange> Compare(BaselineEntry[] recorded, BaselineEntry[] current) =>
        DriftComparer.Compare(recorded, current.ToDictionary(e => e.Path, StringComparer.Ordinal), Policy, [], []);

    private static BaselineEntry File(string path, string key, string sha) =>
        new() { Path = path, Key = key, Type = BaselineEntry.FileType, Size = 1, Mode = 0x180, Sha256 = sha };
}

using Chitin.Audit.Install;
using Microsoft.Data.Sqlite;

namespace Chitin.Audit.Tests.Install;

/// <summary>The loader on real temp state dirs: modes, symlinks, notes instead of crashes, SQLite read-only.</summary>
public sealed class InstallLoaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("chitin-loader-").FullName;

    private string State => Path.Combine(_root, ".openclaw");

    [Fact]
    public async Task Records_modes_owners_and_symlinks()
    {
        Directory.CreateDirectory(State);
        File.WriteAllText(Path.Combine(State, "openclaw.json"), "{ gateway: { bind: 'loopback' } }");
        File.SetUnixFileMode(Path.Combine(State, "openclaw.json"), (UnixFileMode)0x1B6); // 666
        File.WriteAllText(Path.Combine(_root, "outside.txt"), "x");
        File.CreateSymbolicLink(Path.Combine(State, "escape"), Path.Combine(_root, "outside.txt"));

        var install = await Load();
        var cfg = install.File(install.ConfigPath);
        Assert.Equal(FileKind.File, cfg.Kind);
        Assert.Equal("666", cfg.ModeText);
        Assert.True(cfg.WorldWritable);
        Assert.True(cfg.Uid >= 0);
        var link = install.StateFile("escape");
        Assert.Equal(FileKind.Symlink, link.Kind);
        Assert.Equal(Path.Combine(_root, "outside.txt"), link.ResolvedPath);
        Assert.Equal("loopback", install.Config.GetString("gateway.bind"));
    }

    [Fact]
    public async Task A_syntax_error_is_a_note_with_file_line_and_column()
    {
        Directory.CreateDirectory(State);
        File.WriteAllText(Path.Combine(State, "openclaw.json"), "{\n  gateway: {\n    bind: 'lan'\n    port: 1\n  }\n}");
        var install = await Load();
        var note = Assert.Single(install.Notes, n => n.Part == "config");
        Assert.True(note.Error);
        Assert.Equal(4, note.Line);
        Assert.Contains("','", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_state_dir_is_a_note()
    {
        var install = await Load();
        Assert.Contains(install.Notes, n => n.Part == "state-dir" && n.Error);
        Assert.False(install.ConfigExists);
    }

    [Fact]
    public async Task Reads_install_records_read_only_and_leaves_the_db_untouched()
    {
        Directory.CreateDirectory(Path.Combine(State, "state"));
        Directory.CreateDirectory(Path.Combine(State, "extensions", "weather"));
        File.WriteAllText(Path.Combine(State, "extensions", "weather", "package.json"), "{\"name\":\"weather\",\"version\":\"1.5.0\"}");
        var db = Path.Combine(State, "state", "openclaw.sqlite");
        using (var c = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "create table config_machine_state (state_key TEXT PRIMARY KEY, value_json TEXT, updated_at_ms INTEGER);" +
                "insert into config_machine_state values ('plugins.installedIndex', '{\"index\":{\"installRecords\":{\"weather\":{\"source\":\"npm\",\"spec\":\"weather\",\"version\":\"1.4.0\",\"installPath\":\"" + Path.Combine(State, "extensions", "weather") + "\"}}}}', 0);";
            cmd.ExecuteNonQuery();
        }

        var before = File.GetLastWriteTimeUtc(db);
        var bytes = File.ReadAllBytes(db);
        var install = await Load();
        var r = Assert.Single(install.InstallRecords);
        Assert.Equal("weather", r.Id);
        Assert.Equal("1.4.0", r.Version);
        Assert.Equal("1.5.0", r.InstalledVersion);
        Assert.Equal(bytes, File.ReadAllBytes(db));
        Assert.Equal(before, File.GetLastWriteTimeUtc(db));
        Assert.False(File.Exists(db + "-wal"));
    }

    [Fact]
    public async Task A_corrupt_state_db_is_a_note()
    {
        Directory.CreateDirectory(Path.Combine(State, "state"));
        File.WriteAllText(Path.Combine(State, "state", "openclaw.sqlite"), "this is not sqlite");
        var install = await Load();
        Assert.Contains(install.Notes, n => n.Part == "state-db");
    }

    [Fact]
    public async Task Skills_symlinked_out_of_their_root_are_marked()
    {
        var skills = Path.Combine(State, "workspace", "skills");
        Directory.CreateDirectory(skills);
        Directory.CreateDirectory(Path.Combine(skills, "local"));
        File.WriteAllText(Path.Combine(skills, "local", "SKILL.md"), "# local");
        var outside = Path.Combine(_root, "elsewhere");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "SKILL.md"), "# outside");
        Directory.CreateSymbolicLink(Path.Combine(skills, "linked"), outside);

        var install = await Load();
        Assert.Null(install.Skills.Single(s => s.Name == "local").EscapesTo);
        Assert.Equal(Path.Combine(outside, "SKILL.md"), install.Skills.Single(s => s.Name == "linked").EscapesTo);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private Task<OpenClawInstall> Load() => InstallLoader.LoadAsync(new InstallOptions
    {
        StateDir = State,
        Environment = new Dictionary<string, string> { ["HOME"] = _root },
        ProcNet = null,
        DockerSocket = null,
        OpenClawPackageCandidates = [],
    });
}

using Chitin.Audit.Findings;
using Microsoft.Data.Sqlite;

namespace Chitin.Audit.Tests.Integrity;

public sealed class StateDbRowsTests : IDisposable
{
    private const string PrivateKey = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ0d1c3RvbS1wcml2YXRlLWtleS1mb3ItdGVzdHM=\n-----END PRIVATE KEY-----";
    private readonly TempInstall _t = new();

    public StateDbRowsTests()
    {
        Exec(
            "create table device_identities (device_id text primary key, public_key_pem text, private_key_pem text, last_seen_at integer)",
            $"insert into device_identities values ('dev-1', 'PUB', '{PrivateKey}', 1)",
            "create table config_machine_state (state_key text primary key, value_json text)",
            "insert into config_machine_state values ('plugins.installedIndex', '{\"index\":{\"installRecords\":{}}}')",
            "insert into config_machine_state values ('ui.lastTab', 'chat')",
            "create table exec_approvals_config (id integer primary key, raw_json text)",
            "insert into exec_approvals_config values (1, '{\"defaults\":{\"allowlist\":[\"git\"]}}')",
            "create table channel_pairing_requests (code text primary key, channel text)",
            "insert into channel_pairing_requests values ('PAIR-7F3K', 'telegram')",
            "create table sessions (id integer primary key, body text)",
            "insert into sessions values (1, 'hello')");
    }

    public void Dispose() => _t.Dispose();

    [Fact]
    public void Security_rows_are_recorded_by_digest_without_their_secrets()
    {
        _t.Record();
        var text = File.ReadAllText(_t.BaselineFile);
        Assert.Contains("#device_identities/dev-1", text, StringComparison.Ordinal);
        Assert.Contains("#config_machine_state/plugins.installedIndex", text, StringComparison.Ordinal);
        Assert.Contains("#exec_approvals_config/1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ui.lastTab", text, StringComparison.Ordinal);
        Assert.DoesNotContain("#sessions/", text, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE KEY", text, StringComparison.Ordinal);
        Assert.DoesNotContain("PAIR-7F3K", text, StringComparison.Ordinal); // a secret-like key column is shown as a keyed hash
        Assert.Contains("#channel_pairing_requests/h-", text, StringComparison.Ordinal);
        Assert.Empty(_t.Verify().Changes);
    }

    [Fact]
    public void A_swapped_device_key_and_a_new_allowlist_entry_are_reported()
    {
        _t.Record();
        Exec(
            "update device_identities set private_key_pem = 'attacker key' where device_id = 'dev-1'",
            "update exec_approvals_config set raw_json = '{\"defaults\":{\"allowlist\":[\"git\",\"*\"]}}'",
            "insert into channel_pairing_requests values ('PAIR-NEW1', 'telegram')",
            "update sessions set body = 'changed'",
            "update config_machine_state set value_json = 'x' where state_key = 'ui.lastTab'");

        var v = _t.Verify();
        Assert.True(v.RowsRead);
        Assert.Equal(Severity.Critical, Assert.Single(v.Changes, c => c.Path.EndsWith("#device_identities/dev-1", StringComparison.Ordinal)).Severity);
        Assert.Equal(Severity.Critical, Assert.Single(v.Changes, c => c.Path.EndsWith("#exec_approvals_config/1", StringComparison.Ordinal)).Severity);
        Assert.Equal("added", Assert.Single(v.Changes, c => c.Key.StartsWith("db:channel_pairing_requests/", StringComparison.Ordinal)).Change);
        Assert.Equal(3, v.Changes.Count);
        Assert.DoesNotContain(v.Changes, c => (c.Detail + c.Before + c.After).Contains("attacker", StringComparison.Ordinal));
    }

    [Fact]
    public void Bookkeeping_columns_do_not_count_and_an_untouched_database_is_not_reread()
    {
        _t.Record();
        var quiet = _t.Verify();
        Assert.False(quiet.RowsRead);
        Assert.Empty(quiet.Changes);

        Exec("update device_identities set last_seen_at = 99");
        var v = _t.Verify();
        Assert.True(v.RowsRead);
        Assert.Empty(v.Changes);
    }

    [Fact]
    public void A_database_without_those_tables_is_fine()
    {
        File.Delete(_t.P("state/openclaw.sqlite"));
        Exec("create table unrelated (x integer)");
        _t.Record();
        Assert.Empty(_t.Verify(full: true).Changes);
    }

    private void Exec(params string[] sql)
    {
        var db = _t.P("state/openclaw.sqlite");
        Directory.CreateDirectory(Path.GetDirectoryName(db)!);
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
        c.Open();
        foreach (var s in sql)
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = s;
            cmd.ExecuteNonQuery();
        }
    }
}

using Chitin.Audit.Json5;
using Microsoft.Data.Sqlite;

namespace Chitin.Audit.Install;

/// <summary>
/// Reads install records and exec approvals from <c>state/openclaw.sqlite</c>, read-only: the file is opened
/// with <c>Mode=ReadOnly</c>, never created or migrated. Any failure becomes a note.
/// </summary>
internal static class StateDbReader
{
    public sealed record Result(IReadOnlyList<InstallRecord> Records, ExecApprovals? Approvals, IReadOnlyList<LoadNote> Notes);

    public static Result Read(string dbPath, string homeDir, string stateDir)
    {
        var notes = new List<LoadNote>();
        var records = new List<InstallRecord>();
        ExecApprovals? approvals = null;
        if (!File.Exists(dbPath))
        {
            return new Result(records, null, notes);
        }

        try
        {
            var cs = new SqliteConnectionStringBuilder { DataSource = dbPath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
            using var db = new SqliteConnection(cs);
            db.Open();
            var tables = new HashSet<string>(StringComparer.Ordinal);
            using (var cmd = db.CreateCommand())
            {
                cmd.CommandText = "select name from sqlite_master where type = 'table'";
                using var r = cmd.ExecuteReader();
                while (r.Read())
                {
                    tables.Add(r.GetString(0));
                }
            }

            if (tables.Contains("config_machine_state"))
            {
                foreach (var (key, kind, path) in new[] { ("plugins.installedIndex", "plugin", "index.installRecords"), ("hooks.internal.installs", "hook", "") })
                {
                    var json = Scalar(db, "select value_json from config_machine_state where state_key = $k", key);
                    if (json is null)
                    {
                        continue;
                    }

                    try
                    {
                        var root = Json5Reader.Parse(json, $"{dbPath}#config_machine_state/{key}").Root;
                        if (ConfigView.Get(root, path) is J5Object map)
                        {
                            records.AddRange(map.Members.Where(m => m.Value is J5Object).Select(m => ToRecord(m.Key, kind, (J5Object)m.Value, homeDir, stateDir)));
                        }
                    }
                    catch (Json5Exception e)
                    {
                        notes.Add(new LoadNote("state-db", $"install index '{key}' is not valid JSON: {e.Reason}", dbPath));
                    }
                }
            }

            if (tables.Contains("exec_approvals_config"))
            {
                var json = Scalar(db, "select raw_json from exec_approvals_config limit 1", null);
                if (json is not null)
                {
                    try
                    {
                        approvals = ToApprovals(Json5Reader.Parse(json, dbPath + "#exec_approvals_config").Root);
                    }
                    catch (Json5Exception e)
                    {
                        notes.Add(new LoadNote("state-db", "exec approvals are not valid JSON: " + e.Reason, dbPath));
                    }
                }
            }
        }
        catch (SqliteException e)
        {
            notes.Add(new LoadNote("state-db", $"cannot read state DB read-only: {e.Message}", dbPath));
        }

        return new Result(records, approvals, notes);
    }

    private static string? Scalar(SqliteConnection db, string sql, string? key)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        if (key is not null)
        {
            cmd.Parameters.AddWithValue("$k", key);
        }

        return cmd.ExecuteScalar() as string;
    }

    private static InstallRecord ToRecord(string id, string kind, J5Object o, string homeDir, string stateDir)
    {
        string? S(string k) => (o[k] as J5String)?.Value;
        var installPath = S("installPath");
        if (installPath is not null)
        {
            installPath = AgentResolver.ExpandHome(installPath, homeDir);
        }

        // OpenClaw's default install locations when the record has none.
        var packageDir = installPath ?? Path.Combine(stateDir, kind == "hook" ? "hooks" : "extensions", id);
        string? installed = null;
        if (FileSystem.FileProbe.IsInside(packageDir, stateDir) || installPath is not null)
        {
            var pkg = Path.Combine(packageDir, "package.json");
            try
            {
                if (File.Exists(pkg) && new FileInfo(pkg).Length < 1024 * 1024)
                {
                    installed = ((Json5Reader.ParseFile(pkg).Root as J5Object)?["version"] as J5String)?.Value;
                }
            }
            catch (Json5Exception)
            {
                // reported by the extensions scan
            }
        }

        return new InstallRecord
        {
            Id = id,
            Kind = kind,
            Source = S("source"),
            Spec = S("spec"),
            Version = S("version"),
            ResolvedVersion = S("resolvedVersion"),
            Integrity = S("integrity"),
            ResolvedSpec = S("resolvedSpec"),
            InstallPath = installPath,
            InstalledVersion = installed,
        };
    }

    private static ExecApprovals ToApprovals(J5Node root)
    {
        var auto = new Dictionary<string, bool>(StringComparer.Ordinal);
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        void Scope(string id, J5Node? n)
        {
            if (n is not J5Object o)
            {
                return;
            }

            if (o["autoAllowSkills"] is J5Bool b)
            {
                auto[id] = b.Value;
            }

            if (o["allowlist"] is J5Array a)
            {
                lists[id] = [.. a.Items.Select(i => i switch
                {
                    J5String s => s.Value,
                    J5Object e => (e["pattern"] as J5String)?.Value,
                    _ => null,
                }).OfType<string>()];
            }
        }

        Scope("defaults", ConfigView.Get(root, "defaults"));
        foreach (var p in (ConfigView.Get(root, "agents") as J5Object)?.Members ?? [])
        {
            Scope(p.Key, p.Value);
        }

        return new ExecApprovals { AutoAllowSkills = auto, Allowlists = lists };
    }
}

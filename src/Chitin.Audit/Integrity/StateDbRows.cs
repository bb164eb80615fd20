using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Chitin.Audit.Integrity;

/// <summary>
/// The security-relevant rows of <c>state/openclaw.sqlite</c>, read-only (never created or migrated). Each row
/// becomes one entry with an HMAC of its columns, so a row holding a private key or a pairing code is compared
/// without storing it or a plain hash of it. Row ids are shown only when the key column is not secret-like.
/// A table that does not exist is skipped.
/// </summary>
internal static partial class StateDbRows
{
    public sealed record Result(List<BaselineEntry> Rows, string? Error);

    public static Result Read(string dbPath, SqliteSpec spec, BaselineKey key)
    {
        var rows = new List<BaselineEntry>();
        if (!File.Exists(dbPath))
        {
            return new Result(rows, null);
        }

        var rowKey = key.SubKey("db-row");
        var ignore = new HashSet<string>(spec.IgnoreColumns, StringComparer.OrdinalIgnoreCase);
        try
        {
            var cs = new SqliteConnectionStringBuilder { DataSource = dbPath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
            using var db = new SqliteConnection(cs);
            db.Open();
            var tables = new List<string>();
            using (var cmd = db.CreateCommand())
            {
                cmd.CommandText = "select name from sqlite_master where type = 'table' order by name";
                using var r = cmd.ExecuteReader();
                while (r.Read())
                {
                    tables.Add(r.GetString(0));
                }
            }

            var done = new HashSet<string>(StringComparer.Ordinal);
            foreach (var t in spec.Tables)
            {
                foreach (var table in tables.Where(n => Selects(t, n) && Identifier().IsMatch(n)))
                {
                    if (done.Add(table))
                    {
                        ReadTable(db, dbPath, table, t, ignore, rowKey, rows);
                    }
                }
            }
        }
        catch (SqliteException e)
        {
            return new Result(rows, $"cannot read {dbPath} read-only: {e.Message}");
        }

        rows.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new Result(rows, null);
    }

    private static bool Selects(SqliteTableSpec t, string name) =>
        (t.Table is not null && string.Equals(t.Table, name, StringComparison.Ordinal))
        || (t.TableLike is not null && Like(t.TableLike, name));

    /// <summary>SQL LIKE (% and _), ASCII case-insensitive.</summary>
    internal static bool Like(string pattern, string text)
    {
        var rx = "^" + Regex.Escape(pattern).Replace("%", ".*", StringComparison.Ordinal).Replace("_", ".", StringComparison.Ordinal) + "$";
        return Regex.IsMatch(text, rx, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private static void ReadTable(SqliteConnection db, string dbPath, string table, SqliteTableSpec spec, HashSet<string> ignore, byte[] rowKey, List<BaselineEntry> rows)
    {
        var columns = new List<(string Name, int Pk)>();
        using (var info = db.CreateCommand())
        {
            info.CommandText = $"pragma table_info(\"{table}\")";
            using var r = info.ExecuteReader();
            while (r.Read())
            {
                columns.Add((r.GetString(1), r.GetInt32(5)));
            }
        }

        var pk = columns.Where(c => c.Pk > 0).OrderBy(c => c.Pk).Select(c => c.Name).ToList();
        using var cmd = db.CreateCommand();
        var select = pk.Count > 0 ? $"select * from \"{table}\"" : $"select rowid as \"chitin_rowid\", * from \"{table}\"";
        if (spec.KeyColumn is { } kc && spec.Keys.Count > 0 && Identifier().IsMatch(kc) && columns.Any(c => c.Name == kc))
        {
            select += $" where \"{kc}\" in ({string.Join(", ", spec.Keys.Select((_, i) => "$k" + i.ToString(CultureInfo.InvariantCulture)))})";
            for (var i = 0; i < spec.Keys.Count; i++)
            {
                cmd.Parameters.AddWithValue("$k" + i.ToString(CultureInfo.InvariantCulture), spec.Keys[i]);
            }
        }

        cmd.CommandText = select;
        using var reader = cmd.ExecuteReader();
        var idColumns = pk.Count > 0 ? pk : ["chitin_rowid"];
        while (reader.Read())
        {
            using var mac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, rowKey);
            mac.AppendData(Encoding.UTF8.GetBytes(table));
            var ids = new List<string>(idColumns.Count);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var name = reader.GetName(i);
                var value = reader.IsDBNull(i) ? null : reader.GetValue(i);
                if (idColumns.Contains(name))
                {
                    ids.Add(ShowId(name, value, rowKey, spec.KeyColumn));
                }

                if (name == "chitin_rowid" || ignore.Contains(name))
                {
                    continue;
                }

                Append(mac, name, value);
            }

            var id = string.Join(",", ids);
            rows.Add(new BaselineEntry
            {
                Path = dbPath + "#" + table + "/" + id,
                Key = "db:" + table + "/" + id,
                Type = BaselineEntry.RowType,
                RowHmac = Convert.ToHexStringLower(mac.GetHashAndReset()),
            });
        }
    }

    private static void Append(IncrementalHash mac, string name, object? value)
    {
        Span<byte> len = stackalloc byte[8];
        var nameBytes = Encoding.UTF8.GetBytes(name);
        BinaryPrimitives.WriteInt64BigEndian(len, nameBytes.Length);
        mac.AppendData(len);
        mac.AppendData(nameBytes);
        var (tag, bytes) = value switch
        {
            null => ((byte)0, []),
            long l => ((byte)1, Encoding.ASCII.GetBytes(l.ToString(CultureInfo.InvariantCulture))),
            double d => ((byte)2, Encoding.ASCII.GetBytes(d.ToString("R", CultureInfo.InvariantCulture))),
            string s => ((byte)3, Encoding.UTF8.GetBytes(s)),
            byte[] b => ((byte)4, b),
            _ => ((byte)5, Encoding.UTF8.GetBytes(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")),
        };
        mac.AppendData([tag]);
        BinaryPrimitives.WriteInt64BigEndian(len, bytes.Length);
        mac.AppendData(len);
        mac.AppendData(bytes);
    }

    /// <summary>A row id safe to print: integers and plain names as they are; anything secret-like as a keyed hash.</summary>
    private static string ShowId(string column, object? value, byte[] rowKey, string? namedKeyColumn)
    {
        if (value is long l)
        {
            return l.ToString(CultureInfo.InvariantCulture);
        }

        var text = value switch
        {
            null => "null",
            byte[] b => Convert.ToHexStringLower(b),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        };
        return (column == namedKeyColumn || !SecretColumn().IsMatch(column)) && PlainId().IsMatch(text)
            ? text
            : "h-" + Convert.ToHexStringLower(HMACSHA256.HashData(rowKey, Encoding.UTF8.GetBytes("id:" + text)))[..12];
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();

    [GeneratedRegex("(key|secret|token|code|passw|pem|nonce|sig|otp)", RegexOptions.IgnoreCase)]
    private static partial Regex SecretColumn();

    [GeneratedRegex("^[A-Za-z0-9._:@+-]{1,80}$")]
    private static partial Regex PlainId();
}

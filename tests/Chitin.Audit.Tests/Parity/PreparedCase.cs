using System.Text.Json;
using Chitin.Audit.Install;
using Microsoft.Data.Sqlite;

namespace Chitin.Audit.Tests.Parity;

/// <summary>
/// Materialises one of shared/cases as a real state dir, as tools/openclaw-cases.sh prepare does:
/// copy, substitute @STATE@, dirs 700 / files 600, then case.json "modes", and seed the SQLite
/// machine-state rows (install records) into state/openclaw.sqlite.
/// </summary>
internal sealed class PreparedCase : IDisposable
{
    private PreparedCase(string name, string source, string dir)
    {
        Name = name;
        Source = source;
        Dir = dir;
    }

    public string Name { get; }

    public string Source { get; }

    public string Dir { get; }

    public static IEnumerable<string> Names() =>
        Directory.GetDirectories(Path.Combine(RepoPaths.Shared, "cases"))
            .Select(Path.GetFileName).OfType<string>()
            .Where(n => char.IsAsciiDigit(n[0]))
            .Order(StringComparer.Ordinal);

    public static PreparedCase Create(string name)
    {
        var src = Path.Combine(RepoPaths.Shared, "cases", name);
        var root = Directory.CreateTempSubdirectory("chitin-case-").FullName;
        var dest = Path.Combine(root, name);
        Copy(src, dest);
        foreach (var f in Directory.EnumerateFiles(dest, "*", SearchOption.AllDirectories))
        {
            if (new FileInfo(f).LinkTarget is null && new FileInfo(f).Length < 4 * 1024 * 1024)
            {
                var text = File.ReadAllText(f);
                if (text.Contains("@STATE@", StringComparison.Ordinal))
                {
                    File.WriteAllText(f, text.Replace("@STATE@", dest, StringComparison.Ordinal));
                }
            }
        }

        foreach (var d in Directory.EnumerateDirectories(dest, "*", SearchOption.AllDirectories).Prepend(dest))
        {
            if (new DirectoryInfo(d).LinkTarget is null)
            {
                File.SetUnixFileMode(d, (UnixFileMode)0x1C0);
            }
        }

        foreach (var f in Directory.EnumerateFiles(dest, "*", SearchOption.AllDirectories))
        {
            if (new FileInfo(f).LinkTarget is null)
            {
                File.SetUnixFileMode(f, (UnixFileMode)0x180);
            }
        }

        using var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(src, "case.json")));
        if (meta.RootElement.TryGetProperty("setup", out var setup) && setup.TryGetProperty("machineState", out var ms))
        {
            SeedMachineState(dest, ms);
        }

        if (meta.RootElement.TryGetProperty("modes", out var modes))
        {
            foreach (var m in modes.EnumerateObject())
            {
                File.SetUnixFileMode(Path.Combine(dest, m.Name), (UnixFileMode)Convert.ToInt32(m.Value.GetString(), 8));
            }
        }

        return new PreparedCase(name, src, dest);
    }

    public OpenClawInstall Load(IReadOnlyDictionary<string, string>? env = null) =>
        InstallLoader.LoadAsync(new InstallOptions
        {
            StateDir = Dir,
            Environment = env ?? new Dictionary<string, string> { ["HOME"] = Path.GetDirectoryName(Dir)! },
            FallbackHome = Path.GetDirectoryName(Dir)!,
            ProcNet = null,
            DockerSocket = null,
            OpenClawPackageCandidates = [],
        }).GetAwaiter().GetResult();

    /// <summary>checkIds OpenClaw reported at critical or warn (suppressed ones included: Chitin reports them too).</summary>
    public IReadOnlyList<(string CheckId, string Severity)> OpenClawFindings(string file = "openclaw-audit.json")
    {
        var path = Path.Combine(Source, file);
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var list = new List<(string, string)>();
        foreach (var key in new[] { "findings", "suppressedFindings" })
        {
            if (doc.RootElement.TryGetProperty(key, out var arr))
            {
                foreach (var f in arr.EnumerateArray())
                {
                    list.Add((f.GetProperty("checkId").GetString()!, f.GetProperty("severity").GetString()!));
                }
            }
        }

        return list;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(Dir)!, recursive: true);
        }
        catch (IOException)
        {
            // temp dir; best effort
        }
    }

    private static void Copy(string src, string dest)
    {
        Directory.CreateDirectory(dest);
        foreach (var entry in new DirectoryInfo(src).EnumerateFileSystemInfos())
        {
            var name = entry.Name;
            if (name == "case.json" || name.StartsWith("openclaw-audit", StringComparison.Ordinal) || name == "openclaw-secrets-audit.json")
            {
                continue;
            }

            var target = Path.Combine(dest, name);
            if (entry.LinkTarget is not null)
            {
                File.CreateSymbolicLink(target, entry.LinkTarget);
            }
            else if (entry is DirectoryInfo)
            {
                Copy(entry.FullName, target);
            }
            else if (SymlinkStoredAsFile(entry) is { } linkText)
            {
                File.CreateSymbolicLink(target, linkText);
            }
            else
            {
                File.Copy(entry.FullName, target);
            }
        }
    }

    /// <summary>
    /// A checkout without symlink support stores a link as a small file holding its target (git's
    /// core.symlinks=false). Such a file, holding one relative path that exists in the case, is a link.
    /// </summary>
    private static string? SymlinkStoredAsFile(FileSystemInfo entry)
    {
        if (entry is not FileInfo { Length: > 0 and < 256 } f)
        {
            return null;
        }

        var text = File.ReadAllText(f.FullName);
        if (text.Contains('\n', StringComparison.Ordinal) || !text.StartsWith("../", StringComparison.Ordinal))
        {
            return null;
        }

        return Path.Exists(Path.Combine(f.DirectoryName!, text)) ? text : null;
    }

    private static void SeedMachineState(string dest, JsonElement ms)
    {
        Directory.CreateDirectory(Path.Combine(dest, "state"));
        var db = Path.Combine(dest, "state", "openclaw.sqlite");
        using var conn = new SqliteConnection($"Data Source={db};Pooling=False");
        conn.Open();
        using (var create = conn.CreateCommand())
        {
            create.CommandText = "create table if not exists config_machine_state (state_key TEXT NOT NULL PRIMARY KEY, value_json TEXT NOT NULL, updated_at_ms INTEGER NOT NULL)";
            create.ExecuteNonQuery();
        }

        var docs = new Dictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal);
        foreach (var p in ms.EnumerateObject())
        {
            var parts = p.Name.Split('#');
            var value = JsonSerializer.Deserialize<object>(p.Value.GetRawText().Replace("@STATE@", dest, StringComparison.Ordinal));
            if (!docs.TryGetValue(parts[0], out var doc))
            {
                doc = [];
                docs[parts[0]] = doc;
            }

            if (parts.Length == 1)
            {
                docs[parts[0]] = JsonSerializer.Deserialize<Dictionary<string, object?>>(p.Value.GetRawText().Replace("@STATE@", dest, StringComparison.Ordinal))!;
                continue;
            }

            var cur = doc;
            var segs = parts[1].Split('.');
            foreach (var s in segs[..^1])
            {
                if (!cur.TryGetValue(s, out var next) || next is not Dictionary<string, object?> nd)
                {
                    nd = [];
                    cur[s] = nd;
                }

                cur = nd;
            }

            cur[segs[^1]] = value;
        }

        foreach (var (key, doc) in docs)
        {
            using var ins = conn.CreateCommand();
            ins.CommandText = "insert or replace into config_machine_state (state_key, value_json, updated_at_ms) values ($k, $v, 0)";
            ins.Parameters.AddWithValue("$k", key);
            ins.Parameters.AddWithValue("$v", JsonSerializer.Serialize(doc));
            ins.ExecuteNonQuery();
        }
    }
}

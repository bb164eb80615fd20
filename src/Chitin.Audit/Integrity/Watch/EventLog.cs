using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Chitin.Audit.Integrity.Watch;

/// <summary>
/// Append-only, hash-chained event log. Each line is
/// <c>{"seq":n,"prev":h(n-1),"hash":h(n),"mac":HMAC(h(n)),"event":{…}}</c> with
/// h(n) = SHA-256(h(n-1) ‖ n as 8 bytes big-endian ‖ event bytes) and the MAC under a key derived from the
/// baseline key. A signed head file (<c>&lt;log&gt;.head</c>: count, last hash, MAC) is replaced atomically after
/// every append, so a log cut short no longer matches it. Editing, removing, inserting or reordering lines
/// breaks the chain; without the key nobody can re-chain it.
/// </summary>
internal sealed class EventLog : IWatchSink
{
    public const string MacLabel = "event-log";
    private const UnixFileMode DirMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileMode600 = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly FileStream _file;
    private readonly BaselineKey _key;
    private readonly Action<string> _diagnostics;
    private readonly Lock _gate = new();
    private long _seq;
    private byte[] _last;

    private EventLog(string path, FileStream file, BaselineKey key, long seq, byte[] last, Action<string> diagnostics)
    {
        Path = path;
        _file = file;
        _key = key;
        _seq = seq;
        _last = last;
        _diagnostics = diagnostics;
    }

    public string Path { get; }

    /// <summary>Why an existing log was set aside (it failed its check); null when it was intact or new.</summary>
    public string? SetAside { get; private init; }

    /// <summary>
    /// Opens (or creates) the log and continues its chain. A log that fails its check is renamed to
    /// <c>&lt;log&gt;.broken-&lt;time&gt;</c> (kept as evidence) and a new chain is started.
    /// </summary>
    public static EventLog Open(string path, BaselineKey key, TimeProvider time, Action<string> diagnostics)
    {
        var full = System.IO.Path.GetFullPath(path);
        var dir = System.IO.Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir))
        {
            Directory.CreateDirectory(dir, DirMode);
        }

        long seq = 0;
        var last = new byte[32];
        string? setAside = null;
        if (File.Exists(full))
        {
            var check = EventLogVerifier.Verify(full, key);
            if (check.Intact)
            {
                seq = check.Entries;
                last = check.LastHash;
            }
            else
            {
                var stamp = time.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
                File.Move(full, full + ".broken-" + stamp);
                if (File.Exists(full + ".head"))
                {
                    File.Move(full + ".head", full + ".broken-" + stamp + ".head");
                }

                setAside = $"{full} failed its check and was moved to {full}.broken-{stamp}: {string.Join("; ", check.Problems)}";
            }
        }

        var fs = new FileStream(full, new FileStreamOptions
        {
            Mode = FileMode.Append,
            Access = FileAccess.Write,
            Share = FileShare.Read,
            UnixCreateMode = FileMode600,
        });
        return new EventLog(full, fs, key, seq, last, diagnostics) { SetAside = setAside };
    }

    public void Publish(WatchEvent e, byte[] json)
    {
        try
        {
            Append(json);
        }
        catch (IOException ex)
        {
            _diagnostics($"event log {Path}: cannot append: {ex.Message}");
        }
    }

    public void Append(byte[] eventJson)
    {
        lock (_gate)
        {
            var seq = _seq + 1;
            var hash = Hash(_last, seq, eventJson);
            var mac = _key.Mac(MacLabel, hash);
            using var ms = new MemoryStream(eventJson.Length + 256);
            using (var w = new Utf8JsonWriter(ms))
            {
                w.WriteStartObject();
                w.WriteNumber("seq", seq);
                w.WriteString("prev", Convert.ToHexStringLower(_last));
                w.WriteString("hash", Convert.ToHexStringLower(hash));
                w.WriteString("mac", Convert.ToHexStringLower(mac));
                w.WritePropertyName("event");
                w.WriteRawValue(eventJson, skipInputValidation: true);
                w.WriteEndObject();
            }

            ms.WriteByte((byte)'\n');
            _file.Write(ms.GetBuffer(), 0, (int)ms.Length);
            _file.Flush(flushToDisk: true);
            _seq = seq;
            _last = hash;
            WriteHead(Path, _key, seq, hash);
        }
    }

    public ValueTask DisposeAsync()
    {
        _file.Dispose();
        return ValueTask.CompletedTask;
    }

    internal static byte[] Hash(byte[] prev, long seq, ReadOnlySpan<byte> eventJson)
    {
        using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        h.AppendData(prev);
        Span<byte> n = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(n, seq);
        h.AppendData(n);
        h.AppendData(eventJson);
        return h.GetHashAndReset();
    }

    internal static byte[] HeadMac(BaselineKey key, long count, byte[] hash) =>
        key.Mac(MacLabel, Encoding.ASCII.GetBytes("head:" + count.ToString(CultureInfo.InvariantCulture) + ":" + Convert.ToHexStringLower(hash)));

    private static void WriteHead(string path, BaselineKey key, long count, byte[] hash)
    {
        var head = new EventLogHead { Count = count, Hash = Convert.ToHexStringLower(hash), Mac = Convert.ToHexStringLower(HeadMac(key, count, hash)) };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(head, IntegrityJsonContext.Default.EventLogHead);
        BaselineStore.WriteAtomic(path + ".head", bytes, keepBackup: false);
    }
}

using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Chitin.Audit.Integrity.Watch;

/// <summary>
/// Checks a hash-chained event log (see <see cref="EventLog"/>): every line's hash and MAC, the chain from line
/// to line, the sequence numbers, and the signed head (so a log cut short is caught). Reads line by line.
/// </summary>
public static class EventLogVerifier
{
    private const int MaxProblems = 20;

    public static EventLogCheck Verify(string path, BaselineKey key)
    {
        var problems = new List<string>();
        void Problem(string p)
        {
            if (problems.Count < MaxProblems)
            {
                problems.Add(p);
            }
        }

        var last = new byte[32];
        var hashes = new Dictionary<long, byte[]>();
        long lines = 0;
        var head = ReadHead(path, key, Problem);
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        using (var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: false)))
        {
            var endsWithNewline = stream.Length == 0 || EndsWithNewline(stream);
            stream.Position = 0;
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                lines++;
                var n = lines;
                if (reader.Peek() < 0 && !endsWithNewline)
                {
                    Problem(string.Create(CultureInfo.InvariantCulture, $"line {n}: incomplete last line (cut mid-line, or a crash while writing)"));
                    lines--;
                    break;
                }

                var (seq, prev, hash, mac, ev) = Parse(line);
                if (ev is null || prev is null || hash is null || mac is null)
                {
                    Problem(string.Create(CultureInfo.InvariantCulture, $"line {n}: not a log entry (edited or damaged)"));
                    continue;
                }

                if (seq != n)
                {
                    Problem(string.Create(CultureInfo.InvariantCulture, $"line {n}: sequence number {seq}, expected {n} (entries removed, inserted or reordered)"));
                }

                if (!CryptographicOperations.FixedTimeEquals(prev, last))
                {
                    Problem(string.Create(CultureInfo.InvariantCulture, $"line {n}: does not follow line {n - 1} (entries removed, inserted or reordered)"));
                }

                var computed = EventLog.Hash(prev, seq, ev);
                if (!CryptographicOperations.FixedTimeEquals(computed, hash))
                {
                    Problem(string.Create(CultureInfo.InvariantCulture, $"line {n}: content does not match its hash (edited)"));
                }
                else if (!CryptographicOperations.FixedTimeEquals(key.Mac(EventLog.MacLabel, hash), mac))
                {
                    Problem(string.Create(CultureInfo.InvariantCulture, $"line {n}: signature does not verify (forged, or written with another key)"));
                }

                last = hash;
                if (head is { } h && n == h.Count)
                {
                    hashes[n] = hash;
                }
            }
        }

        if (head is { } hd)
        {
            if (hd.Count > lines)
            {
                Problem(string.Create(CultureInfo.InvariantCulture, $"log truncated: its signed head records {hd.Count} entries, the file has {lines}"));
            }
            else if (hd.Count > 0 && (!hashes.TryGetValue(hd.Count, out var at) || !CryptographicOperations.FixedTimeEquals(at, hd.Hash)))
            {
                Problem(string.Create(CultureInfo.InvariantCulture, $"entry {hd.Count} does not match the signed head (the log was rewritten)"));
            }
        }

        return new EventLogCheck { Path = path, Entries = lines, Problems = problems, LastHash = last };
    }

    private static (long Count, byte[] Hash)? ReadHead(string path, BaselineKey key, Action<string> problem)
    {
        var headPath = path + ".head";
        if (!File.Exists(headPath))
        {
            problem($"signed head {headPath} is missing: a cut-short log cannot be ruled out");
            return null;
        }

        try
        {
            var head = JsonSerializer.Deserialize(File.ReadAllBytes(headPath), IntegrityJsonContext.Default.EventLogHead);
            var hash = head is null ? null : Hex(head.Hash);
            var mac = head is null ? null : Hex(head.Mac);
            if (head is null || hash is null || mac is null || !CryptographicOperations.FixedTimeEquals(EventLog.HeadMac(key, head.Count, hash), mac))
            {
                problem($"signed head {headPath} does not verify (edited, or written with another key)");
                return null;
            }

            return (head.Count, hash);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            problem($"signed head {headPath} cannot be read: {e.Message}");
            return null;
        }
    }

    private static (long Seq, byte[]? Prev, byte[]? Hash, byte[]? Mac, byte[]? Event) Parse(string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            if (r.ValueKind != JsonValueKind.Object || !r.TryGetProperty("event", out var ev) || ev.ValueKind != JsonValueKind.Object)
            {
                return (0, null, null, null, null);
            }

            var seq = r.TryGetProperty("seq", out var s) && s.TryGetInt64(out var v) ? v : -1;
            return (seq, Hex(Str(r, "prev")), Hex(Str(r, "hash")), Hex(Str(r, "mac")), JsonMarshal.GetRawUtf8Value(ev).ToArray());
        }
        catch (JsonException)
        {
            return (0, null, null, null, null);
        }
    }

    private static string? Str(JsonElement o, string name) =>
        o.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static byte[]? Hex(string? s)
    {
        if (s is not { Length: 64 })
        {
            return null;
        }

        try
        {
            return Convert.FromHexString(s);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static bool EndsWithNewline(FileStream s)
    {
        s.Seek(-1, SeekOrigin.End);
        return s.ReadByte() == '\n';
    }
}

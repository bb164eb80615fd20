using System.Security.Cryptography;
using System.Text.Json;
using Chitin.Audit.Fixes.Apply;

namespace Chitin.Audit.Integrity;

/// <summary>
/// Reads and writes signed baseline files. On disk: <c>{"format", "keyId", "hmacSha256", "body"}</c>, where the
/// HMAC covers the body's exact bytes. Writes are atomic (temp file, fsync, rename, fsync of the folder) and keep
/// the previous baseline as <c>.bak</c>; a crash at any point leaves the old baseline or the new one, never half.
/// </summary>
internal static class BaselineStore
{
    public const string EnvelopeFormat = "chitin-baseline-signed/1";
    private const UnixFileMode DirMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileMode600 = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static BaselineBody Read(string path, BaselineKey key)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new IntegrityException(IntegrityFailure.NoBaseline, $"no baseline at {path}. Record one with 'chitin baseline'.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IntegrityException(IntegrityFailure.Corrupt, $"cannot read baseline {path}: {e.Message}", e);
        }

        try
        {
            var (format, keyId, mac, bodyStart, bodyEnd) = Envelope(bytes);
            if (format != EnvelopeFormat || keyId is null || mac is null || bodyStart < 0)
            {
                throw new IntegrityException(IntegrityFailure.Corrupt, $"{path} is not a signed Chitin baseline ({EnvelopeFormat}). {BakHint(path)}");
            }

            if (!string.Equals(keyId, key.Id, StringComparison.Ordinal))
            {
                throw new IntegrityException(
                    IntegrityFailure.WrongKey,
                    $"baseline {path} was signed with key {keyId}, but the key at {key.Path} is {key.Id}: wrong --key, or a baseline copied from another machine. Use the key it was recorded with, or record a new baseline with 'chitin baseline --force'.");
            }

            var raw = bytes.AsSpan(bodyStart, bodyEnd - bodyStart);
            var expected = key.Mac("baseline", raw);
            var stored = TryHex(mac);
            if (stored is null || !CryptographicOperations.FixedTimeEquals(expected, stored))
            {
                throw new IntegrityException(
                    IntegrityFailure.SignatureMismatch,
                    $"baseline {path} does not match its signature: it was edited after it was signed. Do not trust it. Compare it with {path}.bak, find out who changed it, then record a new one with 'chitin baseline --force'.");
            }

            var parsed = JsonSerializer.Deserialize(raw, IntegrityJsonContext.Default.BaselineBody)
                ?? throw new IntegrityException(IntegrityFailure.Corrupt, $"{path}: empty baseline body");
            if (parsed.Format != BaselineBody.CurrentFormat)
            {
                throw new IntegrityException(IntegrityFailure.Corrupt, $"{path}: baseline format '{parsed.Format}' is not supported (expected {BaselineBody.CurrentFormat}); record a new one with 'chitin baseline --force'.");
            }

            return parsed;
        }
        catch (JsonException e)
        {
            throw new IntegrityException(IntegrityFailure.Corrupt, $"{path} is not valid JSON (line {e.LineNumber + 1}): not a Chitin baseline, or damaged. {BakHint(path)}", e);
        }
    }

    /// <summary>The envelope's fields and where the body's bytes are, without building a document or scanning the body twice.</summary>
    private static (string? Format, string? KeyId, string? Mac, int BodyStart, int BodyEnd) Envelope(byte[] bytes)
    {
        var reader = new Utf8JsonReader(bytes);
        string? format = null, keyId = null, mac = null;
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return (null, null, null, -1, -1);
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            if (!reader.Read())
            {
                break;
            }

            switch (name)
            {
                case "format" when reader.TokenType == JsonTokenType.String:
                    format = reader.GetString();
                    break;
                case "keyId" when reader.TokenType == JsonTokenType.String:
                    keyId = reader.GetString();
                    break;
                case "hmacSha256" when reader.TokenType == JsonTokenType.String:
                    mac = reader.GetString();
                    break;
                case "body" when reader.TokenType == JsonTokenType.StartObject:
                    // the body is written last, right before the envelope's closing brace: no second scan of it
                    // here (the HMAC check covers its bytes, the deserializer its syntax)
                    var start = (int)reader.TokenStartIndex;
                    var end = Array.LastIndexOf(bytes, (byte)'}');
                    return end > start ? (format, keyId, mac, start, end) : (format, keyId, mac, -1, -1);
                default:
                    reader.Skip();
                    break;
            }
        }

        return (format, keyId, mac, -1, -1);
    }

    /// <summary>Signs and writes <paramref name="body"/>. <paramref name="wrap"/> lets tests fail the write half-way.</summary>
    public static void Write(string path, BaselineBody body, BaselineKey key, Func<Stream, Stream>? wrap = null)
    {
        var bodyBytes = JsonSerializer.SerializeToUtf8Bytes(body, IntegrityJsonContext.Default.BaselineBody);
        var mac = key.Mac("baseline", bodyBytes);
        using var ms = new MemoryStream(bodyBytes.Length + 256);
        using (var w = new Utf8JsonWriter(ms))
        {
            w.WriteStartObject();
            w.WriteString("format", EnvelopeFormat);
            w.WriteString("keyId", key.Id);
            w.WriteString("hmacSha256", Convert.ToHexStringLower(mac));
            w.WritePropertyName("body");
            w.WriteRawValue(bodyBytes, skipInputValidation: true);
            w.WriteEndObject();
        }

        ms.WriteByte((byte)'\n');
        WriteAtomic(path, ms.GetBuffer().AsSpan(0, (int)ms.Length), wrap);
    }

    /// <summary>temp file (0600, exclusive) → fsync → previous copied to .bak (unless <paramref name="keepBackup"/> is false) → rename over → fsync folder.</summary>
    internal static void WriteAtomic(string path, ReadOnlySpan<byte> content, Func<Stream, Stream>? wrap = null, bool keepBackup = true)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir))
        {
            Directory.CreateDirectory(dir, DirMode);
        }

        var temp = Path.Combine(dir, "." + Path.GetFileName(full) + ".tmp-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)));
        try
        {
            WriteNew(temp, content, wrap);
            if (keepBackup && File.Exists(full))
            {
                var bakTemp = temp + ".bak";
                File.Copy(full, bakTemp);
                File.SetUnixFileMode(bakTemp, FileMode600);
                using (var fs = new FileStream(bakTemp, FileMode.Open, FileAccess.ReadWrite))
                {
                    fs.Flush(flushToDisk: true);
                }

                File.Move(bakTemp, full + ".bak", overwrite: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            TryDelete(temp + ".bak");
            throw;
        }

        NativeFile.SyncDirectory(dir);
    }

    private static void WriteNew(string path, ReadOnlySpan<byte> content, Func<Stream, Stream>? wrap)
    {
        using var fs = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            UnixCreateMode = FileMode600,
        });
        var s = wrap?.Invoke(fs) ?? fs;
        s.Write(content);
        s.Flush();
        fs.Flush(flushToDisk: true);
    }

    private static string BakHint(string path) =>
        File.Exists(path + ".bak") ? $"The previous baseline is at {path}.bak." : "Record a new one with 'chitin baseline --force'.";

    private static byte[]? TryHex(string s)
    {
        try
        {
            return Convert.FromHexString(s);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // best effort: the name is random and hidden
        }
    }
}

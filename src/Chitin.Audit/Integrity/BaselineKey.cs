using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Chitin.Audit.Install.FileSystem;

namespace Chitin.Audit.Integrity;

/// <summary>
/// The secret that signs baselines and event logs: 32 random bytes, hex, in a file only its owner can read,
/// kept outside the state dir (so an agent or skill that can write the state dir cannot re-sign a baseline).
/// Each use gets its own key derived by HMAC with a label.
/// </summary>
public sealed class BaselineKey
{
    private const UnixFileMode DirMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileMode600 = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly byte[] _key;

    private BaselineKey(string path, byte[] key)
    {
        Path = path;
        _key = key;
        Id = Convert.ToHexStringLower(HMACSHA256.HashData(key, "chitin/key-id/v1"u8))[..16];
    }

    public string Path { get; }

    /// <summary>A public fingerprint of the key, recorded next to each signature.</summary>
    public string Id { get; }

    /// <summary>Loads the key; throws <see cref="IntegrityException"/> when it is missing, not private, or not a key.</summary>
    public static BaselineKey Load(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var st = UnixFileSystem.Stat(full) ?? throw new IntegrityException(
            IntegrityFailure.KeyMissing,
            $"baseline key {full} does not exist. It signs the baseline; without it the baseline cannot be checked. Restore it from your backup, or start over with 'chitin baseline --force' (a new key and a new baseline).");
        CheckPrivate(full, st);
        string text;
        try
        {
            text = File.ReadAllText(full).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IntegrityException(IntegrityFailure.KeyInvalid, $"cannot read baseline key {full}: {e.Message}", e);
        }

        if (text.Length != 64 || !text.All(char.IsAsciiHexDigit))
        {
            throw new IntegrityException(IntegrityFailure.KeyInvalid, $"{full} is not a Chitin baseline key (expected 64 hex characters). Point --key at the right file, or start over with 'chitin baseline --force'.");
        }

        return new BaselineKey(full, Convert.FromHexString(text));
    }

    /// <summary>Loads the key, creating it (0600, in a 0700 folder) when it does not exist yet.</summary>
    public static BaselineKey LoadOrCreate(string path, out bool created)
    {
        var full = System.IO.Path.GetFullPath(path);
        created = false;
        if (UnixFileSystem.Lstat(full) is not null)
        {
            return Load(full);
        }

        var dir = System.IO.Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir))
        {
            Directory.CreateDirectory(dir, DirMode);
        }

        var key = RandomNumberGenerator.GetBytes(32);
        try
        {
            using var fs = new FileStream(full, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                Share = FileShare.None,
                UnixCreateMode = FileMode600,
            });
            File.SetUnixFileMode(fs.SafeFileHandle, FileMode600);
            fs.Write(Encoding.ASCII.GetBytes(Convert.ToHexStringLower(key) + "\n"));
            fs.Flush(flushToDisk: true);
        }
        catch (IOException) when (File.Exists(full))
        {
            // another process created it first: use theirs
            return Load(full);
        }

        created = true;
        var loaded = Load(full);
        return loaded;
    }

    /// <summary>For tests and callers that hold the key bytes themselves.</summary>
    internal static BaselineKey FromBytes(string path, byte[] key) => new(path, key);

    /// <summary>HMAC-SHA256 of <paramref name="data"/> under the sub-key for <paramref name="label"/>.</summary>
    internal byte[] Mac(string label, ReadOnlySpan<byte> data) => HMACSHA256.HashData(SubKey(label), data);

    internal byte[] SubKey(string label) => HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes("chitin/" + label + "/v1"));

    private static void CheckPrivate(string path, UnixStat st)
    {
        if (!UnixFileSystem.Supported)
        {
            return;
        }

        if (!st.IsRegular)
        {
            throw new IntegrityException(IntegrityFailure.KeyInvalid, $"baseline key {path} is not a regular file.");
        }

        var me = UnixFileSystem.EffectiveUid();
        if (me >= 0 && st.Uid != me && st.Uid != 0)
        {
            throw new IntegrityException(IntegrityFailure.KeyPermissions, string.Create(CultureInfo.InvariantCulture, $"baseline key {path} belongs to uid {st.Uid}, not to you (uid {me}); another user could have written it. Use your own key."));
        }

        if ((st.Permissions & 0x3F) != 0)
        {
            var mode = Convert.ToString(st.Permissions, 8);
            throw new IntegrityException(
                IntegrityFailure.KeyPermissions,
                $"baseline key {path} has mode {mode}: readable by group or others, so anyone who read it can forge a baseline. Run 'chmod 600 {path}'; if others may have read it, start over with a new key: delete it and run 'chitin baseline --force'.");
        }

        var dir = System.IO.Path.GetDirectoryName(path)!;
        if (UnixFileSystem.Stat(dir) is { } d && (d.Permissions & 0x12) != 0 && (d.Permissions & 0x200) == 0)
        {
            throw new IntegrityException(
                IntegrityFailure.KeyPermissions,
                $"the folder of the baseline key, {dir}, has mode {Convert.ToString(d.Permissions, 8)}: group or others can replace the key. Run 'chmod 700 {dir}'.");
        }
    }
}

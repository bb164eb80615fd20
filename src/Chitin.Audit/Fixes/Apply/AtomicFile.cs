using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Chitin.Audit.Install.FileSystem;

namespace Chitin.Audit.Fixes.Apply;

/// <summary>
/// Writes a file so that a reader sees either the old or the new content, never half of it: a temp file in the
/// same directory (created exclusively, mode set before any byte is written, owner copied from the file it
/// replaces, fsync'ed), then rename over the target, then fsync of the directory. If anything fails before
/// the rename, the original is untouched and the temp file is removed.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, string text, int modeForNew, Action<string>? beforeCommit = null)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("fixes are applied on Linux and macOS only");
        }

        var dir = Path.GetDirectoryName(path) ?? throw new IOException($"{path} has no directory");
        var existing = UnixFileSystem.Lstat(path);
        if (existing is { IsSymlink: true })
        {
            throw new IOException($"{path} is a symlink; refusing to replace it");
        }

        if (existing is { IsRegular: false })
        {
            throw new IOException($"{path} is not a regular file; refusing to replace it");
        }

        // Group and other bits are never kept: these files hold or sit next to secrets.
        var mode = (existing?.Permissions ?? modeForNew) & ~0x3F;
        var temp = Path.Combine(dir, "." + Path.GetFileName(path) + ".chitin-tmp-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)));
        try
        {
            using (var fs = new FileStream(temp, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                Share = FileShare.None,
                UnixCreateMode = (UnixFileMode)mode,
            }))
            {
                File.SetUnixFileMode(fs.SafeFileHandle, (UnixFileMode)mode);
                if (existing is { } st && UnixFileSystem.EffectiveUid() == 0 && st.Uid != 0)
                {
                    NativeFile.ChownLike(fs.SafeFileHandle, st.Uid, st.Gid);
                }

                var bytes = Encoding.UTF8.GetBytes(text);
                fs.Write(bytes);
                fs.Flush(flushToDisk: true);
            }

            beforeCommit?.Invoke(temp);
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }

        NativeFile.SyncDirectory(dir);
    }

    /// <summary>
    /// Copies <paramref name="path"/> to <c>&lt;path&gt;.chitin-backup-&lt;yyyyMMddTHHmmssZ&gt;</c> (mode 600, same owner;
    /// a counter is added when that name exists) and returns the backup's path.
    /// </summary>
    public static string Backup(string path, DateTimeOffset now)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("fixes are applied on Linux and macOS only");
        }

        var st = UnixFileSystem.Lstat(path);
        if (st is not { IsRegular: true })
        {
            throw new IOException($"{path} is not a regular file; refusing to back it up");
        }

        var stamp = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var bytes = File.ReadAllBytes(path);
        for (var n = 1; n < 1000; n++)
        {
            var candidate = path + ".chitin-backup-" + stamp + (n == 1 ? "" : "-" + n.ToString(CultureInfo.InvariantCulture));
            try
            {
                using var fs = new FileStream(candidate, new FileStreamOptions
                {
                    Mode = FileMode.CreateNew,
                    Access = FileAccess.Write,
                    Share = FileShare.None,
                    UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
                });
                File.SetUnixFileMode(fs.SafeFileHandle, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                if (UnixFileSystem.EffectiveUid() == 0 && st.Value.Uid != 0)
                {
                    NativeFile.ChownLike(fs.SafeFileHandle, st.Value.Uid, st.Value.Gid);
                }

                fs.Write(bytes);
                fs.Flush(flushToDisk: true);
                return candidate;
            }
            catch (IOException) when (Path.Exists(candidate))
            {
                // taken (two runs in one second): try the next name
            }
        }

        throw new IOException($"cannot find a free backup name for {path}");
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // nothing more to do; the name is random and hidden
        }
    }
}

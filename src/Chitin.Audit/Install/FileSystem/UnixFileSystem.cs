using System.Runtime.InteropServices;

namespace Chitin.Audit.Install.FileSystem;

/// <summary>
/// lstat/stat through libc, for the owner, inode and ctime that .NET does not expose.
/// Layouts: glibc x86_64 and the generic 64-bit layout (arm64). Other platforms fall back to .NET's view.
/// </summary>
public static partial class UnixFileSystem
{
    private const int Enoent = 2;
    private const int Enotdir = 20;

    public static bool Supported { get; } = OperatingSystem.IsLinux() &&
        RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64;

    /// <summary>lstat; null when the path does not exist. Throws IOException for other errors (e.g. EACCES).</summary>
    public static UnixStat? Lstat(string path) => Call(path, follow: false);

    /// <summary>stat (follows symlinks); null when the path or the link target does not exist.</summary>
    public static UnixStat? Stat(string path) => Call(path, follow: true);

    private static unsafe UnixStat? Call(string path, bool follow)
    {
        if (!Supported)
        {
            return Fallback(path, follow);
        }

        var buf = stackalloc byte[256];
        var rc = follow ? StatNative(path, buf) : LstatNative(path, buf);
        if (rc != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            if (errno is Enoent or Enotdir)
            {
                return null;
            }

            throw new IOException($"{(follow ? "stat" : "lstat")} {path}: {Marshal.GetPInvokeErrorMessage(errno)}");
        }

        if (RuntimeInformation.ProcessArchitecture == Architecture.X64)
        {
            return new UnixStat(
                Mode: *(uint*)(buf + 24),
                Uid: *(int*)(buf + 28),
                Gid: *(int*)(buf + 32),
                Size: *(long*)(buf + 48),
                Inode: *(long*)(buf + 8),
                Device: *(long*)buf,
                MtimeNs: (*(long*)(buf + 88) * 1_000_000_000) + *(long*)(buf + 96),
                CtimeNs: (*(long*)(buf + 104) * 1_000_000_000) + *(long*)(buf + 112));
        }

        return new UnixStat(
            Mode: *(uint*)(buf + 16),
            Uid: *(int*)(buf + 24),
            Gid: *(int*)(buf + 28),
            Size: *(long*)(buf + 48),
            Inode: *(long*)(buf + 8),
            Device: *(long*)buf,
            MtimeNs: (*(long*)(buf + 88) * 1_000_000_000) + *(long*)(buf + 96),
            CtimeNs: (*(long*)(buf + 104) * 1_000_000_000) + *(long*)(buf + 112));
    }

    private static UnixStat? Fallback(string path, bool follow)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (!info.Exists && info.LinkTarget is null)
        {
            return null;
        }

        if (follow && info.LinkTarget is not null)
        {
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !target.Exists)
            {
                return null;
            }

            info = target;
        }

        uint type = info.LinkTarget is not null && !follow ? UnixStat.TypeSymlink : info is DirectoryInfo ? UnixStat.TypeDirectory : UnixStat.TypeRegular;
        var mode = OperatingSystem.IsWindows() ? 0x1B6u : (uint)info.UnixFileMode;
        return new UnixStat(type | mode, -1, -1, info is FileInfo f ? f.Length : 0, 0, 0, info.LastWriteTimeUtc.Ticks * 100, info.LastWriteTimeUtc.Ticks * 100);
    }

    [LibraryImport("libc", EntryPoint = "lstat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int LstatNative(string path, byte* buf);

    [LibraryImport("libc", EntryPoint = "stat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int StatNative(string path, byte* buf);

    /// <summary>The effective uid of this process (-1 where unknown).</summary>
    public static int EffectiveUid() => Supported ? GetEffectiveUidNative() : -1;

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial int GetEffectiveUidNative();
}

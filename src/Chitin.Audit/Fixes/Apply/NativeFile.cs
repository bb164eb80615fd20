using System.Runtime.InteropServices;
using Chitin.Audit.Install.FileSystem;
using Microsoft.Win32.SafeHandles;

namespace Chitin.Audit.Fixes.Apply;

/// <summary>
/// The libc calls a safe chmod needs: open the path itself with O_NOFOLLOW (a symlink makes it fail), check
/// with fstat that it is still the file lstat saw, then fchmod that descriptor, so nothing is changed
/// through a link even if the path is swapped in between. Same platforms as <see cref="UnixFileSystem"/>.
/// </summary>
internal static partial class NativeFile
{
    private const int ONonBlock = 0x800;
    private const int OCloExec = 0x80000;

    public static bool Supported => UnixFileSystem.Supported;

    private static int ONoFollow => RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? 0x8000 : 0x20000;

    private static int ODirectory => RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? 0x4000 : 0x10000;

    /// <summary>
    /// chmod without following a symlink, only when the path is still the same kind of object with the same
    /// inode. Returns null on success, else why it was refused.
    /// </summary>
    public static string? ChmodNoFollow(string path, int mode, long expectedInode, bool expectDirectory)
    {
        if (OperatingSystem.IsWindows())
        {
            return "not supported on Windows";
        }

        if (!Supported)
        {
            var st = UnixFileSystem.Lstat(path);
            if (st is not { } s || s.IsSymlink || s.IsDirectory != expectDirectory)
            {
                return "changed since it was read (now missing, a symlink or another kind of file)";
            }

            File.SetUnixFileMode(path, (UnixFileMode)mode);
            return null;
        }

        var fd = Open(path, ONoFollow | ONonBlock | OCloExec, 0);
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            return errno == 40 ? "is now a symlink; not following it" : "cannot open: " + Marshal.GetPInvokeErrorMessage(errno);
        }

        try
        {
            var st = Fstat(fd);
            if (st is not { } s)
            {
                return "cannot fstat: " + Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError());
            }

            if (s.IsDirectory != expectDirectory || (!s.IsDirectory && !s.IsRegular) || (expectedInode != 0 && s.Inode != expectedInode))
            {
                return "was replaced by another file since it was read; run again";
            }

            if (FChmod(fd, (uint)mode) != 0)
            {
                return "chmod failed: " + Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError());
            }

            return null;
        }
        finally
        {
            _ = Close(fd);
        }
    }

    /// <summary>Gives a file we just created the owner of the file it replaces (matters when running as root).</summary>
    public static void ChownLike(SafeFileHandle handle, int uid, int gid)
    {
        if (Supported && uid >= 0 && gid >= 0 && FChown(handle, uid, gid) != 0)
        {
            throw new IOException("fchown failed: " + Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError()));
        }
    }

    /// <summary>Flushes a directory entry change (a rename) to disk; best effort.</summary>
    public static void SyncDirectory(string dir)
    {
        if (!Supported)
        {
            return;
        }

        var fd = Open(dir, ODirectory | OCloExec, 0);
        if (fd >= 0)
        {
            _ = FSync(fd);
            _ = Close(fd);
        }
    }

    private static unsafe UnixStat? Fstat(int fd)
    {
        var buf = stackalloc byte[256];
        if (FstatNative(fd, buf) != 0)
        {
            return null;
        }

        var x64 = RuntimeInformation.ProcessArchitecture == Architecture.X64;
        return new UnixStat(
            Mode: *(uint*)(buf + (x64 ? 24 : 16)),
            Uid: *(int*)(buf + (x64 ? 28 : 24)),
            Gid: *(int*)(buf + (x64 ? 32 : 28)),
            Size: *(long*)(buf + 48),
            Inode: *(long*)(buf + 8),
            Device: *(long*)buf,
            MtimeNs: 0,
            CtimeNs: 0);
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);

    [LibraryImport("libc", EntryPoint = "fchmod", SetLastError = true)]
    private static partial int FChmod(int fd, uint mode);

    [LibraryImport("libc", EntryPoint = "fchown", SetLastError = true)]
    private static partial int FChown(SafeFileHandle fd, int uid, int gid);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int FSync(int fd);

    [LibraryImport("libc", EntryPoint = "fstat", SetLastError = true)]
    private static unsafe partial int FstatNative(int fd, byte* buf);
}

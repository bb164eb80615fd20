using System.Buffers;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Chitin.Audit.Install.FileSystem;
using Microsoft.Win32.SafeHandles;

namespace Chitin.Audit.Integrity;

/// <summary>
/// SHA-256 of a regular file, opened with O_NOFOLLOW so a file swapped for a symlink after lstat is not
/// followed; the open file must still be a regular file with the inode lstat saw.
/// </summary>
internal static partial class FileHasher
{
    private const int BufferSize = 256 * 1024;
    private const int OCloExec = 0x80000;
    private const int ONonBlock = 0x800;

    private static int ONoFollow => RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? 0x8000 : 0x20000;

    public readonly record struct Result(string? Sha256, long Bytes, string? Error);

    public static Result Hash(string path, long expectedInode)
    {
        SafeFileHandle handle;
        try
        {
            handle = Open(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Result(null, 0, e.Message);
        }

        using (handle)
        {
            var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
            try
            {
                long offset = 0;
                var n = RandomAccess.Read(handle, buffer.AsSpan(0, BufferSize), offset);
                if (n < BufferSize)
                {
                    // the common case: the whole file fits in one read
                    var small = new byte[32];
                    SHA256.HashData(buffer.AsSpan(0, n), small);
                    return Check(handle, expectedInode, small, n);
                }

                using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                while (n > 0)
                {
                    h.AppendData(buffer, 0, n);
                    offset += n;
                    n = RandomAccess.Read(handle, buffer.AsSpan(0, BufferSize), offset);
                }

                return Check(handle, expectedInode, h.GetHashAndReset(), offset);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return new Result(null, 0, e.Message);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private static Result Check(SafeFileHandle handle, long expectedInode, byte[] digest, long bytes)
    {
        if (UnixFileSystem.Supported && expectedInode != 0 && Fstat(handle) is { } st && (st.Inode != expectedInode || !st.IsRegular))
        {
            return new Result(null, bytes, "replaced while it was read");
        }

        return new Result(Convert.ToHexStringLower(digest), bytes, null);
    }

    private static SafeFileHandle Open(string path)
    {
        if (!UnixFileSystem.Supported)
        {
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }

        var fd = OpenNative(path, ONoFollow | OCloExec | ONonBlock, 0);
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw new IOException(errno == 40 ? "is a symlink now; not following it" : Marshal.GetPInvokeErrorMessage(errno));
        }

        return new SafeFileHandle(fd, ownsHandle: true);
    }

    private static unsafe UnixStat? Fstat(SafeFileHandle handle)
    {
        var buf = stackalloc byte[256];
        if (FstatNative(handle, buf) != 0)
        {
            return null;
        }

        var x64 = RuntimeInformation.ProcessArchitecture == Architecture.X64;
        return new UnixStat(*(uint*)(buf + (x64 ? 24 : 16)), 0, 0, *(long*)(buf + 48), *(long*)(buf + 8), *(long*)buf, 0, 0);
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int OpenNative(string path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "fstat", SetLastError = true)]
    private static unsafe partial int FstatNative(SafeFileHandle fd, byte* buf);
}

namespace Chitin.Audit.Skills.Sources;

/// <summary>Bounded reads of regular files.</summary>
internal static class FileReading
{
    /// <summary>The whole file when small, otherwise head and tail joined by a newline; null when unreadable.</summary>
    public static (byte[]? Bytes, bool Truncated, string? Error) Read(string path, long size, ScanLimits limits)
    {
        try
        {
            using var fs = new FileStream(path, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.ReadWrite | FileShare.Delete, BufferSize = 0, Options = FileOptions.SequentialScan });
            if (size <= limits.MaxFullRead)
            {
                var all = new byte[size];
                var n = ReadFully(fs, all);
                return (n == all.Length ? all : all[..n], false, null);
            }

            var buf = new byte[(limits.PartialRead * 2) + 1];
            var head = ReadFully(fs, buf.AsSpan(0, limits.PartialRead));
            buf[head] = (byte)'\n';
            fs.Seek(-limits.PartialRead, SeekOrigin.End);
            var tail = ReadFully(fs, buf.AsSpan(head + 1, limits.PartialRead));
            return (buf[..(head + 1 + tail)], true, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, false, e.Message);
        }
    }

    public static int ReadFully(Stream s, Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = s.Read(buffer[total..]);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }
}

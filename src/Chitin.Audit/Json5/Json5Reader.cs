using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Chitin.Audit.Install.FileSystem;

namespace Chitin.Audit.Json5;

/// <summary>
/// A complete JSON5 reader (https://spec.json5.org/, ES5.1 lexical grammar). Every value keeps its span;
/// every error names file, line and column. Nesting is handled without recursion, so
/// <see cref="Json5Options.MaxDepth"/> is a policy limit, not a guard against stack overflow.
/// </summary>
public static class Json5Reader
{
    public static Json5Document ParseFile(string path, Json5Options? options = null) => ParseFile(path, path, options);

    public static Json5Document ParseBytes(ReadOnlySpan<byte> bytes, string path, Json5Options? options = null)
    {
        options ??= Json5Options.Default;
        if (bytes.Length > options.MaxBytes)
        {
            throw new Json5Exception(path, 1, 1, $"input is {Bytes(bytes.Length)}, larger than the {Bytes(options.MaxBytes)} limit");
        }

        var chars = ArrayPool<char>.Shared.Rent(Math.Max(16, bytes.Length));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var (line, col) = Json5Lines.Position(chars.AsSpan(0, written));
                var what = read < bytes.Length ? $"byte 0x{bytes[read]:X2}" : "end of input";
                throw new Json5Exception(path, line, col, $"invalid UTF-8 at byte offset {read} ({what}); save the file as UTF-8");
            }

            return Parse(new string(chars, 0, written), path, options, checkSize: false);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    public static Json5Document Parse(string text, string path = "<input>", Json5Options? options = null) =>
        Parse(text, path, options ?? Json5Options.Default, checkSize: true);

    /// <summary>
    /// Reads the regular file <paramref name="readPath"/> (at most <see cref="Json5Options.MaxBytes"/> bytes, so a
    /// growing file or a /proc file whose size lies cannot exhaust memory) and names the document and its errors <paramref name="displayPath"/>.
    /// </summary>
    internal static Json5Document ParseFile(string readPath, string displayPath, Json5Options? options)
    {
        options ??= Json5Options.Default;
        byte[] bytes;
        int length;
        try
        {
            if (Directory.Exists(readPath))
            {
                throw new Json5Exception(displayPath, 0, 0, "is a directory, not a file");
            }

            if (!File.Exists(readPath))
            {
                throw new Json5Exception(displayPath, 0, 0, "file not found");
            }

            // Opening a FIFO blocks until a writer appears and a device never ends: read regular files only.
            if (UnixFileSystem.Supported && UnixFileSystem.Stat(readPath) is { IsRegular: false })
            {
                throw new Json5Exception(displayPath, 0, 0, "not a regular file (a pipe, socket or device); not read");
            }

            using var stream = new FileStream(readPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
            if (stream.CanSeek && stream.Length > options.MaxBytes)
            {
                throw TooLarge(displayPath, stream.Length, options.MaxBytes);
            }

            // Read one byte past the limit: a size that lied (proc files, devices) still stops there.
            var cap = (int)Math.Min(options.MaxBytes + 1, Array.MaxLength);
            bytes = new byte[stream.CanSeek ? (int)Math.Min(stream.Length + 1, cap) : Math.Min(64 * 1024, cap)];
            length = 0;
            while (true)
            {
                if (length == bytes.Length)
                {
                    if (bytes.Length >= cap)
                    {
                        break;
                    }

                    Array.Resize(ref bytes, (int)Math.Min((long)bytes.Length * 2, cap));
                }

                var n = stream.Read(bytes, length, bytes.Length - length);
                if (n == 0)
                {
                    break;
                }

                length += n;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new Json5Exception(displayPath, 0, 0, "cannot read file: " + e.Message);
        }

        if (length > options.MaxBytes)
        {
            throw TooLarge(displayPath, null, options.MaxBytes);
        }

        return ParseBytes(bytes.AsSpan(0, length), displayPath, options);
    }

    internal static string Bytes(long n) =>
        n >= 1024 * 1024 ? (n / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB" : (n / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KB";

    private static Json5Document Parse(string text, string path, Json5Options options, bool checkSize)
    {
        // A char is 1 to 3 UTF-8 bytes: count exactly only when the length alone does not decide.
        if (checkSize && (long)text.Length * 3 > options.MaxBytes)
        {
            var size = text.Length > options.MaxBytes ? text.Length : Encoding.UTF8.GetByteCount(text);
            if (size > options.MaxBytes)
            {
                throw new Json5Exception(path, 1, 1, $"input is at least {Bytes(size)}, larger than the {Bytes(options.MaxBytes)} limit");
            }
        }

        var doc = new Json5Document(path, text);
        doc.Root = new Json5Parser(text, doc, options).ParseDocument();
        return doc;
    }

    private static Json5Exception TooLarge(string path, long? size, long max) =>
        new(path, 1, 1, size is { } n
            ? $"file is {Bytes(n)}, larger than the {Bytes(max)} limit for a config file"
            : $"file is larger than the {Bytes(max)} limit for a config file");
}

using System.Formats.Tar;
using System.IO.Compression;

namespace Chitin.Audit.Skills.Sources;

/// <summary>
/// A .zip, .tgz/.tar.gz, .tar or .skill archive read member by member in memory, never unpacked to disk.
/// Member names that escape the root (zip-slip), too many members, too many bytes or a suspicious compression
/// ratio become entries the scanner reports; nothing is ever written.
/// </summary>
public sealed class ArchiveSource(Func<Stream> open, ArchiveFormat format, ScanLimits limits, string prefix = "") : ISkillSource
{
    public static ArchiveFormat Sniff(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 4 && head[0] == 'P' && head[1] == 'K' && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6)))
        {
            return ArchiveFormat.Zip;
        }

        if (head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B)
        {
            return ArchiveFormat.TarGz;
        }

        return head.Length >= 262 && head.Slice(257, 5).SequenceEqual("ustar"u8) ? ArchiveFormat.Tar : ArchiveFormat.None;
    }

    /// <summary>An archive file on disk (format sniffed from its first bytes).</summary>
    public static ArchiveSource? ForFile(string path, ScanLimits limits)
    {
        Span<byte> head = stackalloc byte[512];
        int n;
        using (var fs = File.OpenRead(path))
        {
            n = FileReading.ReadFully(fs, head);
        }

        var format = Sniff(head[..n]);
        return format == ArchiveFormat.None ? null : new ArchiveSource(() => File.OpenRead(path), format, limits);
    }

    public IEnumerable<SkillFileEntry> Enumerate(ICollection<string> notes)
    {
        Stream stream;
        try
        {
            stream = open();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            notes.Add($"{Label()}: cannot open ({e.Message})");
            yield break;
        }

        using (stream)
        {
            var entries = format == ArchiveFormat.Zip ? Zip(stream, notes) : Tar(stream, notes);
            foreach (var e in entries)
            {
                yield return e;
            }
        }
    }

    private IEnumerable<SkillFileEntry> Zip(Stream stream, ICollection<string> notes)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            notes.Add($"{Label()}: not a readable zip ({e.Message})");
            yield break;
        }

        using (zip)
        {
            long total = 0;
            var count = 0;
            foreach (var entry in zip.Entries)
            {
                if (++count > limits.MaxArchiveEntries)
                {
                    yield return Bomb($"more than {limits.MaxArchiveEntries} members");
                    yield break;
                }

                var name = entry.FullName;
                if (name.EndsWith('/') || name.EndsWith('\\'))
                {
                    continue;
                }

                var safe = SafeName(name);
                if (safe is null)
                {
                    yield return new SkillFileEntry { Path = prefix + Sanitize(name), Kind = SkillEntryKind.UnsafePath, LinkTarget = name };
                }

                var path = prefix + (safe ?? Sanitize(name));
                var unixType = (entry.ExternalAttributes >> 16) & 0xF000;
                if (entry.IsEncrypted)
                {
                    yield return new SkillFileEntry { Path = path, Size = entry.Length, Encrypted = true };
                    continue;
                }

                if (entry.Length > 1024 * 1024 && entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > limits.MaxCompressionRatio)
                {
                    yield return Bomb($"{name}: compression ratio {entry.Length / entry.CompressedLength}:1");
                    continue;
                }

                if (total + Math.Min(entry.Length, limits.MaxFullRead) > limits.MaxArchiveBytes)
                {
                    yield return Bomb($"more than {limits.MaxArchiveBytes / (1024 * 1024)} MiB uncompressed");
                    yield break;
                }

                byte[] bytes;
                bool truncated;
                string? error = null;
                try
                {
                    using var s = entry.Open();
                    (bytes, truncated) = ReadBounded(s, entry.Length);
                }
                catch (InvalidDataException e)
                {
                    (bytes, truncated, error) = ([], false, e.Message);
                }

                if (error is not null)
                {
                    notes.Add($"{path}: cannot decompress ({error})");
                    continue;
                }

                total += bytes.Length;
                if (unixType == 0xA000)
                {
                    var target = System.Text.Encoding.UTF8.GetString(bytes);
                    if (SafeName(CombineLink(name, target)) is null)
                    {
                        yield return new SkillFileEntry { Path = path, Kind = SkillEntryKind.EscapingLink, LinkTarget = target };
                    }

                    continue;
                }

                yield return new SkillFileEntry { Path = path, Size = entry.Length, Content = bytes, Truncated = truncated };
            }
        }
    }

    private IEnumerable<SkillFileEntry> Tar(Stream raw, ICollection<string> notes)
    {
        var compressedLength = raw.CanSeek ? raw.Length : 0;
        Stream stream = format == ArchiveFormat.TarGz ? new GZipStream(raw, CompressionMode.Decompress, leaveOpen: true) : raw;
        using var tar = new TarReader(stream, leaveOpen: true);
        long total = 0;
        var count = 0;
        while (true)
        {
            TarEntry? entry;
            string? error = null;
            try
            {
                entry = tar.GetNextEntry(copyData: false);
            }
            catch (Exception e) when (e is InvalidDataException or FormatException or EndOfStreamException or IOException)
            {
                entry = null;
                error = e.Message;
            }

            if (error is not null)
            {
                notes.Add($"{Label()}: damaged archive ({error}); the rest was not read");
                yield break;
            }

            if (entry is null)
            {
                yield break;
            }

            if (++count > limits.MaxArchiveEntries)
            {
                yield return Bomb($"more than {limits.MaxArchiveEntries} members");
                yield break;
            }

            var name = entry.Name;
            var safe = SafeName(name);
            if (safe is null)
            {
                yield return new SkillFileEntry { Path = prefix + Sanitize(name), Kind = SkillEntryKind.UnsafePath, LinkTarget = name };
            }

            var path = prefix + (safe ?? Sanitize(name));
            switch (entry.EntryType)
            {
                case TarEntryType.Directory:
                case TarEntryType.GlobalExtendedAttributes:
                case TarEntryType.ExtendedAttributes:
                    continue;
                case TarEntryType.SymbolicLink:
                case TarEntryType.HardLink:
                    if (SafeName(entry.EntryType == TarEntryType.HardLink ? entry.LinkName : CombineLink(name, entry.LinkName)) is null)
                    {
                        yield return new SkillFileEntry { Path = path, Kind = SkillEntryKind.EscapingLink, LinkTarget = entry.LinkName };
                    }

                    continue;
                case TarEntryType.RegularFile:
                case TarEntryType.V7RegularFile:
                case TarEntryType.ContiguousFile:
                    break;
                default:
                    yield return new SkillFileEntry { Path = path, Kind = SkillEntryKind.Special };
                    continue;
            }

            if (total + Math.Min(entry.Length, limits.MaxFullRead) > limits.MaxArchiveBytes)
            {
                yield return Bomb($"more than {limits.MaxArchiveBytes / (1024 * 1024)} MiB uncompressed");
                yield break;
            }

            if (compressedLength > 0 && total + entry.Length > 64L * 1024 * 1024 && (total + entry.Length) / compressedLength > limits.MaxCompressionRatio)
            {
                yield return Bomb($"compression ratio above {limits.MaxCompressionRatio}:1");
                yield break;
            }

            byte[] bytes = [];
            var truncated = false;
            if (entry.DataStream is { } data)
            {
                try
                {
                    (bytes, truncated) = ReadBounded(data, entry.Length);
                }
                catch (Exception e) when (e is InvalidDataException or IOException)
                {
                    notes.Add($"{path}: cannot decompress ({e.Message})");
                    yield break;
                }
            }

            total += entry.Length;
            yield return new SkillFileEntry { Path = path, Size = entry.Length, Content = bytes, Truncated = truncated };
        }
    }

    /// <summary>Reads up to the full-read bound; larger members keep only their head (a stream cannot seek to the tail).</summary>
    private (byte[] Bytes, bool Truncated) ReadBounded(Stream s, long declared)
    {
        var cap = declared <= limits.MaxFullRead ? (int)Math.Max(0, declared) : limits.PartialRead * 2;
        var buf = new byte[cap];
        var n = FileReading.ReadFully(s, buf);
        return (n == buf.Length ? buf : buf[..n], declared > limits.MaxFullRead);
    }

    private SkillFileEntry Bomb(string why) => new() { Path = prefix.Length > 0 ? prefix.TrimEnd('/') : "(archive)", Kind = SkillEntryKind.ArchiveBomb, LinkTarget = why };

    private string Label() => prefix.Length > 0 ? prefix.TrimEnd('/', '!') : "archive";

    /// <summary>The member name when it stays inside the archive root; null for zip-slip names.</summary>
    public static string? SafeName(string name)
    {
        if (name.Length == 0 || name.Contains('\0', StringComparison.Ordinal) || name.StartsWith('/') || name.Contains('\\', StringComparison.Ordinal) ||
            (name.Length >= 2 && name[1] == ':' && char.IsAsciiLetter(name[0])))
        {
            return null;
        }

        var depth = 0;
        foreach (var part in name.Split('/'))
        {
            if (part == "..")
            {
                if (--depth < 0)
                {
                    return null;
                }
            }
            else if (part.Length > 0 && part != ".")
            {
                depth++;
            }
        }

        return name.StartsWith("./", StringComparison.Ordinal) ? name[2..] : name;
    }

    private static string CombineLink(string name, string target)
    {
        if (target.StartsWith('/'))
        {
            return target;
        }

        var slash = name.LastIndexOf('/');
        return slash < 0 ? target : name[..(slash + 1)] + target;
    }

    private static string Sanitize(string name) => name.Replace('\\', '/').Replace("\0", "", StringComparison.Ordinal).TrimStart('/');
}

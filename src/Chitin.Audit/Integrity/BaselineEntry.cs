namespace Chitin.Audit.Integrity;

/// <summary>
/// One recorded path (or state-database row): what lstat said and the content digest. Files carry a SHA-256
/// of their bytes; symlinks their link text (never followed); rows an HMAC of their columns (a row may hold a
/// private key, so neither the key nor a plain hash of it is stored).
/// </summary>
public sealed record BaselineEntry
{
    public const string FileType = "file";
    public const string DirType = "dir";
    public const string SymlinkType = "symlink";
    public const string OtherType = "other";
    public const string RowType = "row";
    public const string UnknownType = "unknown";

    /// <summary>Absolute path, or <c>&lt;database&gt;#&lt;table&gt;/&lt;row id&gt;</c> for a row.</summary>
    public required string Path { get; init; }

    /// <summary>Policy key: <c>&lt;scope&gt;:&lt;path relative to its root&gt;</c>, e.g. <c>workspace:SOUL.md</c>.</summary>
    public required string Key { get; init; }

    /// <summary>file, dir, symlink, other, row, or unknown (lstat failed).</summary>
    public required string Type { get; init; }

    public long Size { get; init; }

    /// <summary>Permission bits (e.g. 384 = octal 600).</summary>
    public int Mode { get; init; }

    public int Uid { get; init; }

    public int Gid { get; init; }

    public long MtimeNs { get; init; }

    public long CtimeNs { get; init; }

    public long Inode { get; init; }

    public string? Sha256 { get; init; }

    /// <summary>Row digest (HMAC-SHA256 under the baseline key).</summary>
    public string? RowHmac { get; init; }

    /// <summary>Symlink text.</summary>
    public string? Target { get; init; }

    /// <summary>Why the content could not be read (permission denied, vanished while reading).</summary>
    public string? Error { get; init; }

    internal bool SameStat(BaselineEntry other) =>
        Size == other.Size && MtimeNs == other.MtimeNs && CtimeNs == other.CtimeNs && Inode == other.Inode;
}

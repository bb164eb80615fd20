namespace Chitin.Audit.Install;

/// <summary>What lstat says about one path, read once by the loader. Mode holds the permission bits (e.g. 0x180 = octal 600).</summary>
public sealed record FileFacts
{
    public required string Path { get; init; }

    public FileKind Kind { get; init; } = FileKind.Missing;

    public int Mode { get; init; }

    public int Uid { get; init; } = -1;

    public int Gid { get; init; } = -1;

    public long Size { get; init; }

    /// <summary>For a symlink: the link text.</summary>
    public string? LinkTarget { get; init; }

    /// <summary>For a symlink: the fully resolved target (null when dangling or a loop).</summary>
    public string? ResolvedPath { get; init; }

    /// <summary>For a symlink: kind of what it finally points at.</summary>
    public FileKind TargetKind { get; init; } = FileKind.Missing;

    /// <summary>For a symlink: mode of what it points at.</summary>
    public int TargetMode { get; init; }

    public string? Error { get; init; }

    public long Inode { get; init; }

    public long MtimeNs { get; init; }

    public long CtimeNs { get; init; }

    public bool Exists => Kind != FileKind.Missing;

    /// <summary>Mode of the file itself, or of the target for symlinks.</summary>
    public int EffectiveMode => Kind == FileKind.Symlink ? TargetMode : Mode;

    public bool GroupReadable => (EffectiveMode & 0x20) != 0;

    public bool GroupWritable => (EffectiveMode & 0x10) != 0;

    public bool WorldReadable => (EffectiveMode & 0x4) != 0;

    public bool WorldWritable => (EffectiveMode & 0x2) != 0;

    public string ModeText => Convert.ToString(EffectiveMode & 0xFFF, 8).PadLeft(3, '0');
}

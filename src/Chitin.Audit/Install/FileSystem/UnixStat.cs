namespace Chitin.Audit.Install.FileSystem;

/// <summary>The fields of <c>struct stat</c> Chitin uses. <see cref="Mode"/> includes the file-type bits.</summary>
public readonly record struct UnixStat(uint Mode, int Uid, int Gid, long Size, long Inode, long Device, long MtimeNs, long CtimeNs)
{
    public const uint TypeMask = 0xF000;
    public const uint TypeDirectory = 0x4000;
    public const uint TypeRegular = 0x8000;
    public const uint TypeSymlink = 0xA000;

    public int Permissions => (int)(Mode & 0xFFF);

    public bool IsDirectory => (Mode & TypeMask) == TypeDirectory;

    public bool IsRegular => (Mode & TypeMask) == TypeRegular;

    public bool IsSymlink => (Mode & TypeMask) == TypeSymlink;
}

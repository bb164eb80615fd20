using Chitin.Audit.Install;

namespace Chitin.Audit.Fixes;

/// <summary>
/// Tighten the mode of one file or directory the loader saw. <see cref="Inode"/> and <see cref="Kind"/> are what
/// lstat said at load time: the change is refused when the path became a symlink or another file since.
/// </summary>
public sealed record FileChmod(string Path, int OldMode, int NewMode, FileKind Kind, long Inode) : FixChange
{
    public static string Octal(int mode) => Convert.ToString(mode & 0xFFF, 8).PadLeft(3, '0');
}

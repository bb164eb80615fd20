namespace Chitin.Audit.Install;

public enum FileKind
{
    Missing,
    File,
    Directory,
    Symlink,
    Other,
}

namespace Chitin.Audit.Skills.Sources;

/// <summary>Archive containers the scanner reads in memory.</summary>
public enum ArchiveFormat
{
    None,
    Zip,
    TarGz,
    Tar,
}

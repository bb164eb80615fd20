namespace Chitin.Audit.Skills.Scanning;

/// <summary>What a file's first bytes say it is.</summary>
internal enum BinaryKind
{
    Text,
    Executable,
    PythonBytecode,
    Office,
    Archive,
    OtherBinary,
}

namespace Chitin.Audit.Skills.Scanning;

/// <summary>Magic numbers of executables, bytecode, Office containers and archives; NUL bytes mean binary.</summary>
internal static class BinarySniffer
{
    private static readonly string[] OfficeExtensions = [".docx", ".docm", ".xlsx", ".xlsm", ".pptx", ".pptm", ".doc", ".xls", ".ppt", ".rtf", ".odt", ".ods"];
    private static readonly string[] ArchiveExtensions = [".zip", ".7z", ".rar", ".tgz", ".gz", ".tar", ".xz", ".bz2", ".skill", ".jar", ".whl", ".dmg", ".pkg", ".msi", ".cab", ".iso"];

    public static BinaryKind Sniff(ReadOnlySpan<byte> head, string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (head.Length >= 4)
        {
            uint magic = (uint)(head[0] << 24 | head[1] << 16 | head[2] << 8 | head[3]);
            if (magic is 0x7F454C46 or 0xCAFEBABE or 0xFEEDFACE or 0xFEEDFACF or 0xCEFAEDFE or 0xCFFAEDFE or 0xBEBAFECA)
            {
                // CAFEBABE is also a Java class file: still compiled code a reviewer cannot read.
                return BinaryKind.Executable;
            }

            if (head[0] == 'M' && head[1] == 'Z')
            {
                return BinaryKind.Executable;
            }

            if (head[2] == '\r' && head[3] == '\n' && (ext is ".pyc" or ".pyo" || (head.Length >= 16 && head[4..16].Contains((byte)0))))
            {
                return BinaryKind.PythonBytecode;
            }

            if (magic == 0xD0CF11E0)
            {
                return BinaryKind.Office;
            }

            if (head[0] == 'P' && head[1] == 'K')
            {
                return Array.IndexOf(OfficeExtensions, ext) >= 0 ? BinaryKind.Office : BinaryKind.Archive;
            }

            if ((head[0] == 0x1F && head[1] == 0x8B) || (head[0] == '7' && head[1] == 'z' && head[2] == 0xBC) || (head[0] == 'R' && head[1] == 'a' && head[2] == 'r' && head[3] == '!'))
            {
                return BinaryKind.Archive;
            }
        }

        if (ext is ".pyc" or ".pyo")
        {
            return BinaryKind.PythonBytecode;
        }

        if (head.Length >= 262 && head.Slice(257, 5).SequenceEqual("ustar"u8))
        {
            return BinaryKind.Archive;
        }

        var probe = head[..Math.Min(head.Length, 8192)];
        if (probe.Contains((byte)0))
        {
            // UTF-16 text has NULs too; a BOM says so.
            if (probe.Length >= 2 && ((probe[0] == 0xFF && probe[1] == 0xFE) || (probe[0] == 0xFE && probe[1] == 0xFF)))
            {
                return BinaryKind.Text;
            }

            return Array.IndexOf(OfficeExtensions, ext) >= 0 ? BinaryKind.Office : Array.IndexOf(ArchiveExtensions, ext) >= 0 ? BinaryKind.Archive : BinaryKind.OtherBinary;
        }

        return BinaryKind.Text;
    }
}

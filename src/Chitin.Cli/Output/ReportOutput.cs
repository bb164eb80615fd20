namespace Chitin.Cli.Output;

/// <summary>Writes to stdout, or to a file atomically (temp file in the same folder, then rename; the old file is kept as .bak).</summary>
internal static class ReportOutput
{
    public static void Write(string? path, Action<Stream> render)
    {
        if (path is null)
        {
            using var stdout = Console.OpenStandardOutput();
            render(stdout);
            stdout.Flush();
            return;
        }

        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir))
        {
            throw new IOException($"cannot write {path}: folder {dir} does not exist");
        }

        var tmp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var fs = new FileStream(tmp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                render(fs);
                fs.Flush(flushToDisk: true);
            }

            if (File.Exists(full))
            {
                File.Copy(full, full + ".bak", overwrite: true);
            }

            File.Move(tmp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(tmp))
            {
                File.Delete(tmp);
            }
        }
    }
}

namespace Chitin.Audit.Tests.Fixes;

/// <summary>A throw-away state dir (mode 700) under a throw-away home; deleted on dispose.</summary>
internal sealed class TempStateDir : IDisposable
{
    public TempStateDir(string? config = null)
    {
        Home = Directory.CreateTempSubdirectory("chitin-fix-").FullName;
        Dir = Path.Combine(Home, ".openclaw");
        Directory.CreateDirectory(Dir, (UnixFileMode)0x1C0);
        if (config is not null)
        {
            Write("openclaw.json", config, 0x180);
        }
    }

    public string Home { get; }

    public string Dir { get; }

    public string Config => Path.Combine(Dir, "openclaw.json");

    public string Write(string relative, string text, int mode = 0x180)
    {
        var path = Path.Combine(Dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        File.SetUnixFileMode(path, (UnixFileMode)mode);
        return path;
    }

    public string Read(string relative) => File.ReadAllText(Path.Combine(Dir, relative));

    /// <summary>Copies a state dir (files and directories; symlinks are not expected in the sources).</summary>
    public static TempStateDir CopyOf(string source)
    {
        var t = new TempStateDir();
        foreach (var d in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(t.Dir, Path.GetRelativePath(source, d)), (UnixFileMode)0x1C0);
        }

        foreach (var f in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var dest = Path.Combine(t.Dir, Path.GetRelativePath(source, f));
            File.Copy(f, dest);
            File.SetUnixFileMode(dest, (UnixFileMode)0x180);
        }

        return t;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Home, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }
}

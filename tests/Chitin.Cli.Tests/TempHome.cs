namespace Chitin.Cli.Tests;

/// <summary>A throw-away home with a state dir (<c>.openclaw</c>, mode 700).</summary>
internal sealed class TempHome : IDisposable
{
    public TempHome(string? config = null)
    {
        Root = Directory.CreateTempSubdirectory("chitin-cli-").FullName;
        StateDir = Path.Combine(Root, ".openclaw");
        Directory.CreateDirectory(StateDir, (UnixFileMode)0x1C0);
        if (config is not null)
        {
            File.WriteAllText(ConfigPath, config);
            File.SetUnixFileMode(ConfigPath, (UnixFileMode)0x180);
        }
    }

    public string Root { get; }

    public string StateDir { get; }

    public string ConfigPath => Path.Combine(StateDir, "openclaw.json");

    /// <summary>Every file under the state dir with its bytes (to prove a dry run wrote nothing).</summary>
    public Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => f, f => Convert.ToBase64String(File.ReadAllBytes(f)) + ":" + ((int)File.GetUnixFileMode(f)).ToString(System.Globalization.CultureInfo.InvariantCulture));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }
}

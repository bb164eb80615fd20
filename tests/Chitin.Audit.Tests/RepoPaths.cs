namespace Chitin.Audit.Tests;

/// <summary>Finds the repository root (the folder with Chitin.slnx) and the shared/ folder beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string TestFixtures => Path.Combine(Root, "tests", "Chitin.Audit.Tests", "Checks", "Fixtures");

    /// <summary>The shared/ folder next to the repo (cases, references, conformance suite).</summary>
    public static string Shared { get; } = FindShared();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Chitin.slnx")))
        {
            dir = dir.Parent;
        }

        if (dir is not null)
        {
            return dir.FullName;
        }

        var built = typeof(RepoPaths).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        return built is not null && File.Exists(Path.Combine(built, "Chitin.slnx"))
            ? built
            : throw new InvalidOperationException("Chitin.slnx not found above " + AppContext.BaseDirectory);
    }

    private static string FindShared()
    {
        var fromEnv = Environment.GetEnvironmentVariable("CHITIN_SHARED");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return fromEnv;
        }

        var dir = new DirectoryInfo(Root);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "cases")))
            {
                return candidate;
            }

            dir = dir.Parent;
        }

        return Path.Combine(Root, "..", "shared");
    }
}

using System.Collections;

namespace Chitin.Cli;

/// <summary>The composition root's one read of the process environment.</summary>
internal static class ProcessEnvironment
{
    public static IReadOnlyDictionary<string, string> Snapshot()
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry e in Environment.GetEnvironmentVariables())
        {
            if (e.Key is string k && e.Value is string v)
            {
                d[k] = v;
            }
        }

        return d;
    }

    public static string Home => Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
}

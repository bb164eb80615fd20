using Chitin.Audit.Json5;

namespace Chitin.Audit.Install;

/// <summary>Turns the parsed main config into the merged view (resolving <c>$include</c> via <see cref="ConfigIncludes"/>).</summary>
internal static class ConfigLoading
{
    public sealed record Loaded(ConfigView Config, IReadOnlyList<Json5Document> Includes, IReadOnlyList<string> IncludePaths);

    public static Loaded Load(Json5Document main, IReadOnlyList<string> includeRoots, List<LoadNote> notes)
    {
        var result = ConfigIncludes.Resolve(main, includeRoots);
        // A top-level non-object stops the audit (part "config"); a bad include is reported and the rest audited.
        notes.AddRange(result.Problems.Select(p => main.Root is J5Object ? p with { Part = "include" } : p));

        return new Loaded(new ConfigView(result.Root), [.. result.Documents.Skip(1)], result.IncludedFiles);
    }
}

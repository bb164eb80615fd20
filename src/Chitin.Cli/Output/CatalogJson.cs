using System.Text.Json;
using System.Text.Json.Serialization;
using Chitin.Audit.Checks;
using Chitin.Audit.Findings;

namespace Chitin.Cli.Output;

/// <summary><c>chitin checks --format json</c>: the catalog as a stable document.</summary>
internal static class CatalogJson
{
    public static void Write(IReadOnlyList<CheckInfo> checks, Stream stream)
    {
        var doc = new CatalogDocument(
            "chitin",
            AuditEngine.ToolVersion,
            BuiltInChecks.CatalogVersion,
            [.. checks.Select(c => new CatalogEntry(c.Id, c.Layer.Wire(), c.DefaultSeverity.Wire(), c.Title, c.Description, c.Remediation, c.OpenClawCheckIds, $"docs/checks/{c.Id}.md"))]);
        JsonSerializer.Serialize(stream, doc, CatalogJsonContext.Default.CatalogDocument);
        stream.WriteByte((byte)'\n');
    }
}

internal sealed record CatalogDocument(string Tool, string Version, string CatalogVersion, IReadOnlyList<CatalogEntry> Checks);

internal sealed record CatalogEntry(string Id, string Layer, string Severity, string Title, string Description, string Remediation, IReadOnlyList<string> OpenclawCheckIds, string Docs);

[JsonSerializable(typeof(CatalogDocument))]
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class CatalogJsonContext : JsonSerializerContext;

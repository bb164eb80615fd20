using System.Text.Json.Serialization;

namespace Chitin.Audit.Reporting.Json;

/// <summary>Source-generated serializer for <see cref="JsonReport"/> (camelCase, nulls omitted); usable to read reports back.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(JsonReport))]
public sealed partial class JsonReportContext : JsonSerializerContext;

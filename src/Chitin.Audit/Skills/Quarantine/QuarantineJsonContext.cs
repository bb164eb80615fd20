using System.Text.Json.Serialization;

namespace Chitin.Audit.Skills.Quarantine;

/// <summary>Source-generated serializer for the quarantine manifest.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, WriteIndented = true)]
[JsonSerializable(typeof(QuarantineManifest))]
internal sealed partial class QuarantineJsonContext : JsonSerializerContext;

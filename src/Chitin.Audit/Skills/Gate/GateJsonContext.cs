using System.Text.Json.Serialization;

namespace Chitin.Audit.Skills.Gate;

/// <summary>Source-generated serializer for the install-policy response.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GateResponse))]
public sealed partial class GateJsonContext : JsonSerializerContext;

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Chitin.Audit.Iocs;

/// <summary>Source-generated serializer for IOC files.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    WriteIndented = true)]
[JsonSerializable(typeof(IocFile))]
internal sealed partial class IocJsonContext : JsonSerializerContext;

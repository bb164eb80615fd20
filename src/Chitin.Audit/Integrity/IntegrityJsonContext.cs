using System.Text.Json.Serialization;

namespace Chitin.Audit.Integrity;

/// <summary>Source-generated serializers for the integrity wire formats (baseline body, verify report, watch events, event log head).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault)]
[JsonSerializable(typeof(BaselineBody))]
[JsonSerializable(typeof(VerifyReportJson))]
[JsonSerializable(typeof(Watch.WatchEvent))]
[JsonSerializable(typeof(Watch.EventLogHead))]
internal sealed partial class IntegrityJsonContext : JsonSerializerContext;

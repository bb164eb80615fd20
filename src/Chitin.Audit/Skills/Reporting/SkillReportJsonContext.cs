using System.Text.Json.Serialization;

namespace Chitin.Audit.Skills.Reporting;

/// <summary>Source-generated serializer for <see cref="SkillReport"/> (camelCase, nulls omitted).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(SkillReport))]
public sealed partial class SkillReportJsonContext : JsonSerializerContext;

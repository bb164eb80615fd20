using System.Text.Json;
using System.Text.Json.Serialization;

namespace Chitin.Audit.Skills.Rules;

/// <summary>Source-generated reader for rules/skills/*.json.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(SkillRuleFile))]
[JsonSerializable(typeof(HostListFile))]
internal sealed partial class SkillRulesJsonContext : JsonSerializerContext;

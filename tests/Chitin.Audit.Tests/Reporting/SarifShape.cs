using System.Text.Json;

namespace Chitin.Audit.Tests.Reporting;

/// <summary>
/// Hand-written checks of what SARIF 2.1.0 consumers (GitHub code scanning, the SARIF viewer) rely on,
/// beyond what the JSON schema can say: rule references resolve, base IDs are declared, regions are 1-based.
/// </summary>
internal static class SarifShape
{
    private static readonly string[] Levels = ["none", "note", "warning", "error"];

    public static List<string> Check(JsonElement log)
    {
        var e = new List<string>();
        Expect(e, Str(log, "version") == "2.1.0", "version must be \"2.1.0\"");
        Expect(e, Str(log, "$schema") == "https://json.schemastore.org/sarif-2.1.0.json", "$schema must name the SARIF 2.1.0 schema");
        if (!log.TryGetProperty("runs", out var runs) || runs.ValueKind != JsonValueKind.Array || runs.GetArrayLength() == 0)
        {
            e.Add("runs must be a non-empty array");
            return e;
        }

        foreach (var run in runs.EnumerateArray())
        {
            var driver = run.GetProperty("tool").GetProperty("driver");
            Expect(e, Str(driver, "name") is { Length: > 0 }, "tool.driver.name is required");
            Expect(e, Str(driver, "version") is { Length: > 0 }, "tool.driver.version");
            if (driver.TryGetProperty("informationUri", out var info))
            {
                Expect(e, Uri.TryCreate(info.GetString(), UriKind.Absolute, out _), "tool.driver.informationUri must be absolute");
            }

            var rules = driver.GetProperty("rules").EnumerateArray().ToList();
            var ids = rules.Select(r => Str(r, "id")).ToList();
            Expect(e, ids.Distinct().Count() == ids.Count, "rule IDs must be unique");
            foreach (var rule in rules)
            {
                var id = Str(rule, "id");
                Expect(e, id is { Length: > 0 }, "rule.id");
                Expect(e, Str(rule, "name") is { Length: > 0 } name && !name.Contains(' ', StringComparison.Ordinal), $"{id}: rule.name is an identifier");
                Expect(e, Text(rule, "shortDescription") is { Length: > 0 }, $"{id}: shortDescription.text");
                Expect(e, Text(rule, "fullDescription") is { Length: > 0 }, $"{id}: fullDescription.text");
                Expect(e, Text(rule, "help") is { Length: > 0 } && Str(rule.GetProperty("help"), "markdown") is { Length: > 0 }, $"{id}: help.text and help.markdown");
                Expect(e, Levels.Contains(Str(rule.GetProperty("defaultConfiguration"), "level")), $"{id}: defaultConfiguration.level");
                var props = rule.GetProperty("properties");
                Expect(e, Str(props, "layer") is { Length: > 0 }, $"{id}: properties.layer");
                Expect(e, props.GetProperty("openclawCheckIds").ValueKind == JsonValueKind.Array, $"{id}: properties.openclawCheckIds");
                if (rule.TryGetProperty("helpUri", out var help))
                {
                    Expect(e, Uri.TryCreate(help.GetString(), UriKind.Absolute, out _), $"{id}: helpUri must be absolute");
                }
            }

            var bases = run.TryGetProperty("originalUriBaseIds", out var b)
                ? b.EnumerateObject().ToDictionary(p => p.Name, p => Str(p.Value, "uri"))
                : [];
            foreach (var (name, uri) in bases)
            {
                Expect(e, uri is not null && uri.StartsWith("file:///", StringComparison.Ordinal) && uri.EndsWith('/'), $"originalUriBaseIds.{name} must be an absolute file URI ending in '/'");
            }

            var inv = run.GetProperty("invocations");
            Expect(e, inv.GetArrayLength() >= 1 && inv[0].GetProperty("executionSuccessful").ValueKind is JsonValueKind.True or JsonValueKind.False, "invocations[0].executionSuccessful");

            var i = 0;
            foreach (var result in run.GetProperty("results").EnumerateArray())
            {
                var at = $"results[{i++}]";
                var ruleId = Str(result, "ruleId");
                var index = result.GetProperty("ruleIndex").GetInt32();
                Expect(e, index >= 0 && index < ids.Count && ids[index] == ruleId, $"{at}: ruleIndex {index} does not point at rule {ruleId}");
                Expect(e, Levels.Contains(Str(result, "level")), $"{at}: level");
                Expect(e, Text(result, "message") is { Length: > 0 }, $"{at}: message.text");
                Expect(e, Str(result.GetProperty("properties"), "severity") is "critical" or "high" or "medium" or "low" or "info", $"{at}: properties.severity");
                if (!result.TryGetProperty("locations", out var locations))
                {
                    continue;
                }

                foreach (var location in locations.EnumerateArray())
                {
                    Expect(e, location.TryGetProperty("physicalLocation", out _) || location.TryGetProperty("logicalLocations", out _), $"{at}: an empty location");
                    if (location.TryGetProperty("physicalLocation", out var physical))
                    {
                        var artifact = physical.GetProperty("artifactLocation");
                        var uri = Str(artifact, "uri");
                        Expect(e, Uri.TryCreate(uri, UriKind.RelativeOrAbsolute, out _) && !uri!.Contains(' ', StringComparison.Ordinal), $"{at}: artifactLocation.uri '{uri}'");
                        if (Str(artifact, "uriBaseId") is { } baseId)
                        {
                            Expect(e, bases.ContainsKey(baseId), $"{at}: uriBaseId {baseId} is not declared in originalUriBaseIds");
                            Expect(e, !Uri.TryCreate(uri, UriKind.Absolute, out _), $"{at}: a uri with a uriBaseId must be relative");
                        }

                        if (physical.TryGetProperty("region", out var region))
                        {
                            Expect(e, region.GetProperty("startLine").GetInt32() >= 1, $"{at}: region.startLine >= 1");
                            Expect(e, !region.TryGetProperty("startColumn", out var col) || col.GetInt32() >= 1, $"{at}: region.startColumn >= 1");
                        }
                    }

                    if (location.TryGetProperty("logicalLocations", out var logical))
                    {
                        foreach (var l in logical.EnumerateArray())
                        {
                            Expect(e, Str(l, "fullyQualifiedName") is { Length: > 0 } || Str(l, "name") is { Length: > 0 }, $"{at}: logical location without a name");
                        }
                    }
                }
            }
        }

        return e;
    }

    private static void Expect(List<string> errors, bool ok, string message)
    {
        if (!ok)
        {
            errors.Add(message);
        }
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var m) ? Str(m, "text") : null;
}

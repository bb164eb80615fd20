using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Chitin.Audit.Tests.Reporting;

/// <summary>
/// A small JSON Schema validator for the keywords our schemas use (drafts 04 and 2020-12): type, enum,
/// const, properties, required, additionalProperties, items, min/maxItems, uniqueItems, minimum, maximum,
/// minLength, pattern, format (uri, uri-reference, date-time), allOf/anyOf/oneOf and local $ref.
/// Any other keyword that constrains makes it throw, so a schema can never pass by being misunderstood.
/// </summary>
internal sealed partial class JsonSchemaSubset
{
    private static readonly HashSet<string> Annotations =
    [
        "$schema", "$id", "id", "title", "description", "default", "examples", "$comment", "deprecated", "readOnly", "definitions", "$defs",
    ];

    private readonly JsonElement root;

    public JsonSchemaSubset(JsonElement root) => this.root = root;

    public static JsonSchemaSubset Load(string path) => new(JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone());

    /// <summary>Every violation as "instancePath: problem"; empty when the document is valid.</summary>
    public List<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(root, instance, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement value, string at, List<string> errors)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add($"{at}: not allowed");
            return;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            var k = keyword.Value;
            switch (keyword.Name)
            {
                case "$ref":
                    Check(Resolve(k.GetString()!), value, at, errors);
                    break;
                case "type":
                    var types = k.ValueKind == JsonValueKind.Array ? k.EnumerateArray().Select(t => t.GetString()!).ToList() : [k.GetString()!];
                    if (!types.Any(t => IsType(value, t)))
                    {
                        errors.Add($"{at}: expected {string.Join("|", types)}, got {value.ValueKind}");
                    }

                    break;
                case "enum":
                    if (!k.EnumerateArray().Any(e => JsonElement.DeepEquals(e, value)))
                    {
                        errors.Add($"{at}: {value.GetRawText()} is not one of {k.GetRawText()}");
                    }

                    break;
                case "const":
                    if (!JsonElement.DeepEquals(k, value))
                    {
                        errors.Add($"{at}: expected {k.GetRawText()}, got {value.GetRawText()}");
                    }

                    break;
                case "properties":
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var p in k.EnumerateObject())
                        {
                            if (value.TryGetProperty(p.Name, out var child))
                            {
                                Check(p.Value, child, $"{at}.{p.Name}", errors);
                            }
                        }
                    }

                    break;
                case "required":
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var name in k.EnumerateArray().Select(n => n.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
                        {
                            errors.Add($"{at}: missing required '{name}'");
                        }
                    }

                    break;
                case "additionalProperties":
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        var declared = schema.TryGetProperty("properties", out var props) ? props.EnumerateObject().Select(p => p.Name).ToHashSet() : [];
                        foreach (var p in value.EnumerateObject().Where(p => !declared.Contains(p.Name)))
                        {
                            Check(k, p.Value, $"{at}.{p.Name}", errors);
                        }
                    }

                    break;
                case "items":
                    if (value.ValueKind == JsonValueKind.Array)
                    {
                        var i = 0;
                        foreach (var item in value.EnumerateArray())
                        {
                            Check(k, item, $"{at}[{i++}]", errors);
                        }
                    }

                    break;
                case "minItems" when value.ValueKind == JsonValueKind.Array && value.GetArrayLength() < k.GetInt32():
                    errors.Add($"{at}: fewer than {k.GetInt32()} items");
                    break;
                case "maxItems" when value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > k.GetInt32():
                    errors.Add($"{at}: more than {k.GetInt32()} items");
                    break;
                case "uniqueItems" when k.GetBoolean() && value.ValueKind == JsonValueKind.Array:
                    var items = value.EnumerateArray().ToList();
                    for (var i = 0; i < items.Count; i++)
                    {
                        for (var j = i + 1; j < items.Count; j++)
                        {
                            if (JsonElement.DeepEquals(items[i], items[j]))
                            {
                                errors.Add($"{at}: items {i} and {j} are equal");
                            }
                        }
                    }

                    break;
                case "minimum" when value.ValueKind == JsonValueKind.Number && value.GetDouble() < k.GetDouble():
                    errors.Add($"{at}: {value.GetRawText()} < minimum {k.GetRawText()}");
                    break;
                case "maximum" when value.ValueKind == JsonValueKind.Number && value.GetDouble() > k.GetDouble():
                    errors.Add($"{at}: {value.GetRawText()} > maximum {k.GetRawText()}");
                    break;
                case "minLength" when value.ValueKind == JsonValueKind.String && value.GetString()!.Length < k.GetInt32():
                    errors.Add($"{at}: shorter than {k.GetInt32()}");
                    break;
                case "pattern" when value.ValueKind == JsonValueKind.String && !Regex.IsMatch(value.GetString()!, k.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1)):
                    errors.Add($"{at}: '{value.GetString()}' does not match /{k.GetString()}/");
                    break;
                case "format" when value.ValueKind == JsonValueKind.String && !IsFormat(value.GetString()!, k.GetString()!):
                    errors.Add($"{at}: '{value.GetString()}' is not a valid {k.GetString()}");
                    break;
                case "allOf":
                    foreach (var s in k.EnumerateArray())
                    {
                        Check(s, value, at, errors);
                    }

                    break;
                case "anyOf" or "oneOf":
                    var passing = k.EnumerateArray().Count(s => Passes(s, value));
                    if (passing == 0 || (keyword.Name == "oneOf" && passing > 1))
                    {
                        errors.Add($"{at}: {passing} of the {keyword.Name} alternatives match");
                    }

                    break;
                case "minItems" or "maxItems" or "uniqueItems" or "minimum" or "maximum" or "minLength" or "pattern" or "format":
                    break;
                default:
                    if (!Annotations.Contains(keyword.Name))
                    {
                        throw new NotSupportedException($"schema keyword '{keyword.Name}' at {at} is not supported by this validator");
                    }

                    break;
            }
        }
    }

    private bool Passes(JsonElement schema, JsonElement value)
    {
        var errors = new List<string>();
        Check(schema, value, "$", errors);
        return errors.Count == 0;
    }

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"only local $ref is supported: {reference}");
        }

        var node = root;
        foreach (var token in reference[2..].Split('/'))
        {
            node = node.GetProperty(token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        }

        return node;
    }

    private static bool IsType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException("type " + type),
    };

    private static bool IsFormat(string text, string format) => format switch
    {
        // RFC 3986 "URI" is absolute (has a scheme); a "uri-reference" may be relative.
        "uri" => Uri.TryCreate(text, UriKind.Absolute, out var u) && UriScheme().IsMatch(text) && u.IsAbsoluteUri,
        "uri-reference" => Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out _) && !text.Contains(' ', StringComparison.Ordinal) && !text.Contains('\\', StringComparison.Ordinal),
        "date-time" => DateTimeRfc3339().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ => throw new NotSupportedException("format " + format),
    };

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex UriScheme();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex DateTimeRfc3339();
}

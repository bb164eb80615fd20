using Chitin.Audit.Json5;

namespace Chitin.Audit.Findings;

/// <summary>
/// Where a finding was seen: a file position and JSON path in the config, a file on disk, a container
/// field, or a listening socket. <see cref="Value"/> is always safe to print (secrets are redacted before
/// they get here).
/// </summary>
public sealed record Evidence
{
    public string? File { get; init; }

    public int? Line { get; init; }

    public int? Column { get; init; }

    public string? JsonPath { get; init; }

    /// <summary>e.g. <c>HostConfig.Privileged</c> for a container finding.</summary>
    public string? ContainerField { get; init; }

    /// <summary>A short, redacted rendering of the value that triggered the finding.</summary>
    public string? Value { get; init; }

    public static Evidence None { get; } = new();

    /// <summary>Evidence pointing at a config value; the value text is redacted when the path holds a secret.</summary>
    public static Evidence At(J5Node node, string? value = null) => new()
    {
        File = node.FilePath,
        Line = node.Document is null ? null : node.Line,
        Column = node.Document is null ? null : node.Column,
        JsonPath = node.Path,
        Value = value,
    };

    public static Evidence ForFile(string path, string? value = null) => new() { File = path, Value = value };

    public static Evidence ForContainer(string container, string field, string? value = null) =>
        new() { File = "container:" + container, ContainerField = field, Value = value };

    public static Evidence ForConfigPath(string? configFile, string jsonPath, string? value = null) =>
        new() { File = configFile, JsonPath = jsonPath, Value = value };

    /// <summary>"openclaw.json:12 gateway.bind" style one-liner for tables.</summary>
    public string Describe()
    {
        var parts = new List<string>(3);
        if (File is not null)
        {
            parts.Add(Line is { } l ? $"{File}:{l}" : File);
        }

        if (JsonPath is { Length: > 0 })
        {
            parts.Add(JsonPath);
        }

        if (ContainerField is not null)
        {
            parts.Add(ContainerField);
        }

        if (Value is not null)
        {
            parts.Add("= " + Value);
        }

        return string.Join(' ', parts);
    }
}

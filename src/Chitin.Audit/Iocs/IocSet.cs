namespace Chitin.Audit.Iocs;

/// <summary>A versioned list of indicators. Reports name every set they used by <see cref="Label"/>.</summary>
public sealed record IocSet
{
    public required string Name { get; init; }

    public required string Version { get; init; }

    /// <summary>"builtin" (rules/iocs, shipped in the assembly) or "user" (imported with <c>chitin iocs import</c>).</summary>
    public required string Origin { get; init; }

    public string? Description { get; init; }

    /// <summary>SHA-256 of the imported file (user sets): a changed file under the same name is refused unless replaced.</summary>
    public string? Sha256 { get; init; }

    public IReadOnlyList<IocEntry> Entries { get; init; } = [];

    /// <summary>e.g. <c>iocs/builtin/clawhavoc@2026.11.1</c>.</summary>
    public string Label => $"iocs/{Origin}/{Name}@{Version}";
}

namespace Chitin.Audit.Install;

/// <summary>A plugin package directory under <c>&lt;state&gt;/extensions</c>.</summary>
public sealed record ExtensionInfo
{
    public required string Id { get; init; }

    public required string Dir { get; init; }

    public string? PackageName { get; init; }

    public string? PackageVersion { get; init; }

    public string? ManifestError { get; init; }

    /// <summary>Entry files declared in package.json <c>openclaw.extensions</c>, as written (relative to <see cref="Dir"/>).</summary>
    public IReadOnlyList<string> Entries { get; init; } = [];
}

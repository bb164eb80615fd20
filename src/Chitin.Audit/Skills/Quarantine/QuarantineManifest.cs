namespace Chitin.Audit.Skills.Quarantine;

/// <summary><c>&lt;state&gt;/quarantine/manifest.json</c>: every quarantine and restore, newest last.</summary>
public sealed record QuarantineManifest
{
    public int Version { get; init; } = 1;

    public List<QuarantineEntry> Entries { get; init; } = [];
}

namespace Chitin.Audit.Install;

/// <summary>A plugin or hook-pack install record from <c>state/openclaw.sqlite</c> (<c>config_machine_state</c>).</summary>
public sealed record InstallRecord
{
    public required string Id { get; init; }

    /// <summary>"plugin" or "hook".</summary>
    public required string Kind { get; init; }

    public string? Source { get; init; }

    public string? Spec { get; init; }

    public string? Version { get; init; }

    public string? ResolvedVersion { get; init; }

    /// <summary>The exact spec npm resolved at install time (e.g. <c>pkg@1.4.0</c>), when recorded.</summary>
    public string? ResolvedSpec { get; init; }

    public string? Integrity { get; init; }

    public string? InstallPath { get; init; }

    /// <summary>Version from package.json at the install path, when it could be read.</summary>
    public string? InstalledVersion { get; init; }
}

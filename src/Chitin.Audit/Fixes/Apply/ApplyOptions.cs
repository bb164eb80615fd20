namespace Chitin.Audit.Fixes.Apply;

/// <summary>Where the applier may write besides the state dir and the config's directory, and a hook for crash tests.</summary>
public sealed record ApplyOptions
{
    /// <summary>Extra directories files may be written into (harden's --output-dir).</summary>
    public IReadOnlyList<string> ExtraRoots { get; init; } = [];

    /// <summary>Called with the temp file's path right before each rename (tests make it throw).</summary>
    public Action<string>? BeforeCommit { get; init; }
}

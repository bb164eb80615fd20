namespace Chitin.Audit.Fixes.Planning;

/// <summary>
/// Everything a fix run would do: new file contents (config files edited by span, .env, generated files), mode
/// changes, a change list for people, notes on what was left alone and why, and errors that stop the run.
/// </summary>
public sealed record FixPlan
{
    public required string StateDir { get; init; }

    public required string ConfigPath { get; init; }

    public IReadOnlyList<FilePlan> Files { get; init; } = [];

    public IReadOnlyList<FileChmod> Chmods { get; init; } = [];

    public IReadOnlyList<PlannedChange> Changes { get; init; } = [];

    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Problems that make the plan unsafe to apply (a file that would not parse, a symlinked config...).</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    public bool IsEmpty => Files.Count == 0 && Chmods.Count == 0;
}

namespace Chitin.Audit.Fixes.Apply;

/// <summary>What a fix run did: files written (with their backups), modes changed, items skipped and why, errors.</summary>
public sealed record ApplyResult
{
    public IReadOnlyList<(string Path, string? Backup)> Written { get; init; } = [];

    public IReadOnlyList<(string Path, int Mode)> Chmodded { get; init; } = [];

    public IReadOnlyList<(string Path, string Reason)> Skipped { get; init; } = [];

    public IReadOnlyList<string> Errors { get; init; } = [];

    public bool Ok => Errors.Count == 0;
}

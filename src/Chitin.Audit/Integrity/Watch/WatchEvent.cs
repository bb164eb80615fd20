namespace Chitin.Audit.Integrity.Watch;

/// <summary>One line of <c>chitin watch</c> output (and of its hash-chained event log).</summary>
public sealed record WatchEvent
{
    public const string Started = "watch-started";
    public const string Stopped = "watch-stopped";
    public const string Drift = "drift";
    public const string Resolved = "resolved";
    public const string VerifyFailed = "verify-failed";
    public const string Overflow = "overflow";
    public const string StateDirMissing = "state-dir-missing";
    public const string StateDirBack = "state-dir-back";
    public const string Degraded = "watch-degraded";
    public const string LogBroken = "event-log-broken";

    public required string Time { get; init; }

    public required string Type { get; init; }

    public required string StateDir { get; init; }

    public string? Path { get; init; }

    public string? Change { get; init; }

    public string? Severity { get; init; }

    public string? Key { get; init; }

    public string? Detail { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }
}

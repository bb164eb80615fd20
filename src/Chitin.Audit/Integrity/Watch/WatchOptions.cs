namespace Chitin.Audit.Integrity.Watch;

/// <summary>Timing of <c>chitin watch</c>.</summary>
internal sealed record WatchOptions
{
    /// <summary>Quiet time after the last file event before verifying.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Longest wait after the first file event while events keep coming (a rename storm).</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMilliseconds(1500);

    /// <summary>Longest wait after a state-database write (the gateway writes it constantly).</summary>
    public TimeSpan DatabaseDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Full verify (every file re-hashed) this often; zero turns it off.</summary>
    public TimeSpan FullInterval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How often the watched roots are checked for deletion or re-creation.</summary>
    public TimeSpan Poll { get; init; } = TimeSpan.FromSeconds(1);
}

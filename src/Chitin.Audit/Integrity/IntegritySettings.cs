namespace Chitin.Audit.Integrity;

/// <summary>Where the baseline and key of one install live, the policy, and the machine identity to expect.</summary>
public sealed record IntegritySettings
{
    public required string BaselineFile { get; init; }

    public required string KeyFile { get; init; }

    public IntegrityPolicy Policy { get; init; } = IntegrityPolicy.Default;

    /// <summary>Machine id hash to record and expect (null: this machine's, see <see cref="MachineIdentity"/>).</summary>
    public string? MachineId { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;

    public int HashParallelism { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Tests: wraps the stream the baseline is written through (to fail a write half-way).</summary>
    internal Func<Stream, Stream>? WrapBaselineWrite { get; init; }

    /// <summary>Defaults for <paramref name="stateDir"/>: key and baseline under the user's XDG folders, unless given.</summary>
    public static IntegritySettings For(string stateDir, IReadOnlyDictionary<string, string> env, string fallbackHome, string? baselineFile = null, string? keyFile = null, IntegrityPolicy? policy = null) => new()
    {
        BaselineFile = Path.GetFullPath(baselineFile ?? IntegrityPaths.BaselineFile(IntegrityPaths.DefaultBaselineDir(env, fallbackHome), stateDir)),
        KeyFile = Path.GetFullPath(keyFile ?? IntegrityPaths.DefaultKeyFile(env, fallbackHome)),
        Policy = policy ?? IntegrityPolicy.Default,
    };
}

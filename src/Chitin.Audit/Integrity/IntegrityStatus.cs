using Chitin.Audit.Install;

namespace Chitin.Audit.Integrity;

/// <summary>
/// The baseline state of an install as the audit sees it: computed once by the install loader (an incremental
/// verify), read by the pure checks CHI-IDS-110 (no baseline) and CHI-IDS-111 (drift, or a baseline that
/// cannot be trusted).
/// </summary>
public sealed record IntegrityStatus
{
    public required string BaselineFile { get; init; }

    public bool BaselinePresent { get; init; }

    public string? RecordedAt { get; init; }

    /// <summary>Why the baseline could not be checked (edited, wrong key, another machine); null when it was.</summary>
    public string? Error { get; init; }

    public IntegrityFailure? Failure { get; init; }

    public IReadOnlyList<IntegrityChange> Changes { get; init; } = [];

    /// <summary>Null when the caller did not ask for integrity (no <see cref="InstallOptions.BaselineDir"/>).</summary>
    public static IntegrityStatus? ForInstall(InstallOptions options, string stateDir, string configPath, string homeDir, IReadOnlyList<string> includePaths, IReadOnlyList<AgentInfo> agents, ConfigView config)
    {
        if (options.BaselineDir is null)
        {
            return null;
        }

        var file = IntegrityPaths.BaselineFile(options.BaselineDir, stateDir);
        if (!File.Exists(file))
        {
            return new IntegrityStatus { BaselineFile = file };
        }

        if (options.BaselineKeyFile is null)
        {
            return new IntegrityStatus { BaselineFile = file, BaselinePresent = true, Error = "no baseline key given; the baseline was not checked", Failure = IntegrityFailure.KeyMissing };
        }

        try
        {
            var targets = IntegrityTargets.From(stateDir, configPath, homeDir, includePaths, agents, config);
            var result = IntegrityVerifier.Verify(targets, new IntegritySettings { BaselineFile = file, KeyFile = options.BaselineKeyFile });
            return new IntegrityStatus { BaselineFile = file, BaselinePresent = true, RecordedAt = result.BaselineUpdatedAt ?? result.BaselineCreatedAt, Changes = result.Changes };
        }
        catch (IntegrityException e)
        {
            return new IntegrityStatus { BaselineFile = file, BaselinePresent = true, Error = e.Message, Failure = e.Failure };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new IntegrityStatus { BaselineFile = file, BaselinePresent = true, Error = e.Message, Failure = IntegrityFailure.Corrupt };
        }
    }
}

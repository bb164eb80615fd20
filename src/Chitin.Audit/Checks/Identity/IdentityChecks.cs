namespace Chitin.Audit.Checks.Identity;

/// <summary>The explicit list of Identity-layer checks. Add one line per new check.</summary>
public static class IdentityChecks
{
    public static IReadOnlyList<IAuditCheck> All { get; } =
    [
        new StateDirPermissionsCheck(),
        new ConfigFilePermissionsCheck(),
        new IncludeFilePermissionsCheck(),
        new CredentialsDirPermissionsCheck(),
        new AuthProfileStorePermissionsCheck(),
        new SessionStorePermissionsCheck(),
        new LogFilePermissionsCheck(),
        new SyncedStateDirCheck(),
        new GatewayPasswordInConfigCheck(),
        new HooksTokenInConfigCheck(),
        new AuditSuppressionsActiveCheck(),
        new SuppressedCriticalChecksCheck(),
        new PlaintextConfigSecretsCheck(),
        new DotEnvPermissionsCheck(),
        new DotEnvSecretsCheck(),
        new StateDatabasePermissionsCheck(),
        new ForeignOwnedStateFilesCheck(),
        new SymlinkOutOfStateDirCheck(),
        new PersonaFilesWritableCheck(),
        new SharedTempLogDirCheck(),
        new LogRedactionDisabledCheck(),
        new AuditLedgerDisabledCheck(),
        new UnknownConfigKeysCheck(),
        new LoadProblemsCheck(),
        new BaselineMissingCheck(),
        new BaselineDriftCheck(),
    ];
}

namespace Chitin.Audit.Checks.Identity;

/// <summary>The explicit list of Identity-layer checks. Add one line per new check.</summary>
public static class IdentityChecks
{
    public static IReadOnlyList<IAuditCheck> All { get; } =
    [
        new UnknownConfigKeysCheck(),
        new LoadProblemsCheck(),
    ];
}

namespace Chitin.Audit.Checks.Exec;

/// <summary>The explicit list of Exec-layer checks. Add one line per new check.</summary>
public static class ExecChecks
{
    public static IReadOnlyList<IAuditCheck> All { get; } =
    [
    ];
}

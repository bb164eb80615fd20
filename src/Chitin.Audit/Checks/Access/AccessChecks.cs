namespace Chitin.Audit.Checks.Access;

/// <summary>The explicit list of Access-layer checks. Add one line per new check.</summary>
public static class AccessChecks
{
    public static IReadOnlyList<IAuditCheck> All { get; } =
    [
    ];
}

namespace Chitin.Audit.Checks.Container;

/// <summary>The explicit list of Container-layer checks. Add one line per new check.</summary>
public static class ContainerChecks
{
    public static IReadOnlyList<IAuditCheck> All { get; } =
    [
    ];
}

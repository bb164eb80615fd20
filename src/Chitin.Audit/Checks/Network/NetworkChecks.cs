namespace Chitin.Audit.Checks.Network;

/// <summary>The explicit list of Network-layer checks. Add one line per new check.</summary>
public static class NetworkChecks
{
    public static IReadOnlyList<IAuditCheck> All { get; } =
    [
        new BindWithoutAuthCheck(),
    ];
}

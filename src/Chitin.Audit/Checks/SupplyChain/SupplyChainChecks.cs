namespace Chitin.Audit.Checks.SupplyChain;

/// <summary>The explicit list of SupplyChain-layer checks. Add one line per new check.</summary>
public static class SupplyChainChecks
{
    public static IReadOnlyList<IAuditCheck> All { get; } =
    [
    ];
}

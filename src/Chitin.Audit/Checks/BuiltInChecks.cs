using Chitin.Audit.Checks.Access;
using Chitin.Audit.Checks.Container;
using Chitin.Audit.Checks.Exec;
using Chitin.Audit.Checks.Identity;
using Chitin.Audit.Checks.Mcp;
using Chitin.Audit.Checks.Network;
using Chitin.Audit.Checks.SupplyChain;

namespace Chitin.Audit.Checks;

/// <summary>
/// The one registration list of audit checks: each layer keeps its explicit list in its own folder
/// (<c>Checks/&lt;Layer&gt;/&lt;Layer&gt;Checks.cs</c>) and this file joins them. A test fails when an
/// <see cref="IAuditCheck"/> implementation exists that no list names.
/// </summary>
public static class BuiltInChecks
{
    public static IReadOnlyList<IAuditCheck> All { get; } =
    [
        .. NetworkChecks.All,
        .. AccessChecks.All,
        .. ExecChecks.All,
        .. McpChecks.All,
        .. SupplyChainChecks.All,
        .. IdentityChecks.All,
        .. ContainerChecks.All,
    ];

    /// <summary>Bumped whenever a check is added or its meaning changes; reports carry it.</summary>
    public const string CatalogVersion = "2026.11.1";
}

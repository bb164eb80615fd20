using Chitin.Audit.Install;

namespace Chitin.Audit.Fixes;

/// <summary>
/// The fix seam. A fix is bound to the check IDs it resolves and plans changes from the install snapshot alone
/// (no disk, no network); the planner turns them into a patch that is shown before it is applied, applied
/// atomically with a backup, and empty on a second run. Register every implementation in <see cref="BuiltInFixes"/>.
/// </summary>
public interface IFix
{
    /// <summary>Stable id, e.g. <c>FIX-GATEWAY-AUTH</c>.</summary>
    string Id { get; }

    string Title { get; }

    /// <summary>Chitin check IDs and OpenClaw checkIds whose findings this fix resolves.</summary>
    IReadOnlyList<string> CheckIds { get; }

    IEnumerable<FixChange> Plan(OpenClawInstall install, FixContext context);
}

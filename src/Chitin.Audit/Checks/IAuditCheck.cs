using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks;

/// <summary>
/// The audit-check seam. A check is a pure function of the install snapshot: it never opens a file,
/// a socket or a process. Register every implementation in its layer's list (see <see cref="BuiltInChecks"/>).
/// </summary>
public interface IAuditCheck
{
    CheckInfo Info { get; }

    IEnumerable<Finding> Evaluate(OpenClawInstall install);
}

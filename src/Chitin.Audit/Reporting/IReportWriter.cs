using Chitin.Audit.Findings;

namespace Chitin.Audit.Reporting;

/// <summary>
/// The report-writer seam. A writer sees only the finished <see cref="AuditReport"/>: it never re-scans,
/// reads the disk or the clock, so the same report always renders to the same bytes. Register every
/// implementation in <see cref="ReportWriters.All"/>.
/// </summary>
public interface IReportWriter
{
    /// <summary>The <c>--format</c> name, lower case (e.g. <c>json</c>).</summary>
    string Format { get; }

    /// <summary>Writes the report as UTF-8 (no BOM) with LF line endings. Leaves <paramref name="output"/> open.</summary>
    void Write(AuditReport report, Stream output);
}

using Chitin.Audit.Reporting.Html;
using Chitin.Audit.Reporting.Json;
using Chitin.Audit.Reporting.Sarif;

namespace Chitin.Audit.Reporting;

/// <summary>
/// The one registration list of report formats. A test fails when an <see cref="IReportWriter"/>
/// implementation exists that this list does not name. (The terminal table is the CLI's own.)
/// </summary>
public static class ReportWriters
{
    public static IReadOnlyList<IReportWriter> All { get; } =
    [
        new JsonReportWriter(),
        new SarifReportWriter(),
        new HtmlReportWriter(),
    ];

    /// <summary>The format names, in registration order.</summary>
    public static IReadOnlyList<string> Formats { get; } = [.. All.Select(w => w.Format)];

    /// <summary>The writer for a <c>--format</c> value (case-insensitive), or null.</summary>
    public static IReportWriter? Find(string format) =>
        All.FirstOrDefault(w => string.Equals(w.Format, format.Trim(), StringComparison.OrdinalIgnoreCase));
}

using Chitin.Audit.Findings;

namespace Chitin.Audit.Reporting;

/// <summary>
/// The one ordering every writer uses, so formats agree and output is stable whatever order the
/// report arrives in: severity (most severe first), layer, ID, file, line, column, JSON path, container field, detail.
/// </summary>
internal static class ReportOrder
{
    public static IReadOnlyList<Finding> Findings(IEnumerable<Finding> findings) =>
    [
        .. findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Layer)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ThenBy(f => f.Evidence.File, StringComparer.Ordinal)
            .ThenBy(f => f.Evidence.Line ?? 0)
            .ThenBy(f => f.Evidence.Column ?? 0)
            .ThenBy(f => f.Evidence.JsonPath, StringComparer.Ordinal)
            .ThenBy(f => f.Evidence.ContainerField, StringComparer.Ordinal)
            .ThenBy(f => f.Detail, StringComparer.Ordinal),
    ];

    /// <summary>All seven layers in their declared order, whether or not they have findings.</summary>
    public static IReadOnlyList<Layer> Layers { get; } = Enum.GetValues<Layer>();

    /// <summary>Severities from most to least severe.</summary>
    public static IReadOnlyList<Severity> Severities { get; } =
        [Severity.Critical, Severity.High, Severity.Medium, Severity.Low, Severity.Info];
}

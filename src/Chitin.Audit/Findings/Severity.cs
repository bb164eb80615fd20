namespace Chitin.Audit.Findings;

/// <summary>Ordered from least to most severe so comparisons read naturally (<c>s &gt;= Severity.High</c>).</summary>
public enum Severity
{
    Info = 0,
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
}

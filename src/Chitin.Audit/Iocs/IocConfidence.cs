namespace Chitin.Audit.Iocs;

/// <summary>
/// How sure the source is. Only <see cref="Confirmed"/> entries (seen in a sample or a primary report with the
/// payload quoted) can make a skill malicious on their own; the others add weight to other signals.
/// </summary>
public enum IocConfidence
{
    Unverified = 0,
    Reported = 1,
    Confirmed = 2,
}

namespace Chitin.Audit.Iocs;

/// <summary>An indicator that matched, and the set it came from.</summary>
public sealed record IocHit(IocEntry Entry, IocSet Set);

namespace Chitin.Audit.Iocs;

/// <summary>One indicator with where it came from.</summary>
public sealed record IocEntry(IocType Type, string Value, IocConfidence Confidence, string Source, string? Note = null);

namespace Chitin.Audit.Integrity;

/// <summary>A folder the baseline covers and the scope (policy section) it was walked with.</summary>
public sealed record BaselineRoot(string Scope, string Dir);

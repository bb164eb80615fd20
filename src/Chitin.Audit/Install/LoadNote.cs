namespace Chitin.Audit.Install;

/// <summary>
/// Something the loader could not read or had to work around. A note never stops the audit;
/// <c>Error</c> notes about the config become findings.
/// </summary>
public sealed record LoadNote(string Part, string Message, string? Path = null, int? Line = null, int? Column = null, bool Error = false);

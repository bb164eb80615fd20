namespace Chitin.Audit.Fixes.Planning;

/// <summary>One change that made it into the plan, with the fix that asked for it. Text fields are redacted.</summary>
public sealed record PlannedChange(string FixId, string What, string Reason);

namespace Chitin.Audit.Integrity;

/// <summary>The changes <c>chitin baseline accept</c> folded into the baseline.</summary>
public sealed record AcceptResult(string BaselineFile, IReadOnlyList<BaselineAcceptance> Accepted);

namespace Chitin.Audit.Fixes;

/// <summary>Not a change: something the fix saw but deliberately left alone, shown with the plan (<see cref="FixChange.Reason"/>).</summary>
public sealed record FixNote : FixChange;

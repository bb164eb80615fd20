namespace Chitin.Audit.Fixes;

/// <summary>Remove the member at <see cref="Path"/> (with its comma and its own line), wherever it is defined.</summary>
public sealed record ConfigRemove(ConfigPath Path) : FixChange;

namespace Chitin.Audit.Integrity;

/// <summary>What is recorded under one kind of root: single paths (not descended; <c>*</c> = every direct entry) and trees walked recursively.</summary>
public sealed record ScopeSpec(IReadOnlyList<string> Files, IReadOnlyList<string> Trees);

namespace Chitin.Audit.Iocs;

/// <summary>What <see cref="UserIocStore.Import"/> did.</summary>
/// <param name="Set">The stored set (the existing one when the file was unchanged).</param>
/// <param name="Outcome">"imported", "replaced" or "unchanged".</param>
/// <param name="Skipped">Lines or indicators that were not understood, with the reason.</param>
public sealed record IocImportResult(IocSet Set, string Outcome, IReadOnlyList<string> Skipped);

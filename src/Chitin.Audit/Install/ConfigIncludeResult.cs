using Chitin.Audit.Json5;

namespace Chitin.Audit.Install;

/// <summary>
/// A config with its <c>$include</c> directives resolved.
/// </summary>
/// <param name="Root">The merged config. Every node keeps the <see cref="Json5Document"/> it was read from, so evidence
/// names the included file and line; Parent, Key and Path describe the node's place in the merged tree.</param>
/// <param name="IncludedFiles">Absolute paths of the include files that were read or attempted (inside the allowed roots),
/// in the order first reached; each once.</param>
/// <param name="Documents">Every file parsed: the main config first, then the includes that parsed.</param>
/// <param name="Problems">Unreadable, invalid, escaping, circular or too deep includes; each names the file and line of
/// the directive (or of the syntax error inside the included file). A problem drops only that include.</param>
public sealed record ConfigIncludeResult(
    J5Object Root,
    IReadOnlyList<string> IncludedFiles,
    IReadOnlyList<Json5Document> Documents,
    IReadOnlyList<LoadNote> Problems);

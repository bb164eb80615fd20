using Chitin.Audit.Json5;

namespace Chitin.Audit.Fixes;

/// <summary>
/// Set the value at <see cref="Path"/> of the merged config. The existing value's source text is replaced in the
/// file that defines it; a missing member is inserted into the nearest existing object (intermediate objects
/// are created). Never a secret: secrets go to <c>.env</c> through <see cref="EnvFileSet"/> and are referenced.
/// </summary>
public sealed record ConfigSet(ConfigPath Path, J5Node Value) : FixChange;

using Chitin.Audit.Findings;

namespace Chitin.Audit.Integrity;

/// <summary>One policy rule: paths matching <see cref="Glob"/> get <see cref="Severity"/>, or are not recorded when <see cref="Ignore"/>.</summary>
internal sealed record PolicyRule(PathGlob Glob, Severity Severity, bool Ignore, string? Why);

namespace Chitin.Audit.Findings;

/// <summary>Secret values never leave Chitin: this is the one way a secret is shown.</summary>
public static class Redaction
{
    /// <summary>Renders a secret as its length only, e.g. <c>&lt;redacted: 32 chars&gt;</c>.</summary>
    public static string Secret(string? value) =>
        value is null ? "<unset>" : $"<redacted: {value.Length} chars>";

    /// <summary>True when a value is a reference rather than a literal: a <c>${VAR}</c> string.</summary>
    public static bool IsEnvReference(string value) =>
        value.StartsWith("${", StringComparison.Ordinal) && value.EndsWith('}') && value.Length > 3;
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Fixes.Editing;

namespace Chitin.Audit.Fixes.BuiltIn;

/// <summary>
/// Decides whether a secret that is already configured can stay (strong, writable to .env, not shared with
/// another credential) or must be replaced by a newly generated one. Keeping a strong value means moving it
/// out of the config does not lock existing clients out.
/// </summary>
internal static class SecretChoice
{
    /// <summary>At least 24 characters, not blank, not a published placeholder, not guessable (the checks' thresholds).</summary>
    public static bool IsStrong(string? value) =>
        value is not null && value.Trim().Length >= 24 && !SecretStrength.IsBlankMarker(value)
        && SecretStrength.PlaceholderReason(value) is null && SecretStrength.WeaknessReason(value) is null;

    /// <summary>The current value when it may stay, else a new secret.</summary>
    public static (string Value, bool Generated) KeepOrGenerate(string? current, FixContext context, params string?[] mustDiffer)
    {
        var v = current?.Trim();
        if (v is not null && IsStrong(v) && DotEnvEdit.CanWrite(v) && !mustDiffer.Any(d => d is not null && d.Trim() == v))
        {
            return (v, false);
        }

        return (context.Secrets.NewSecret(), true);
    }
}

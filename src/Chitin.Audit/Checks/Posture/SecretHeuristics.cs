using System.Text;
using System.Text.RegularExpressions;

namespace Chitin.Audit.Checks.Posture;

/// <summary>
/// Decides whether a literal in an env map, header map or <c>.env</c> file is a credential, from its name
/// (<c>OPENAI_API_KEY</c>, <c>Authorization</c>) or its shape (<c>sk-…</c>, <c>ghp_…</c>, <c>Bearer …</c>, PEM keys).
/// A value holding <c>${VAR}</c> is a reference, never a plaintext secret.
/// </summary>
internal static partial class SecretHeuristics
{
    // A name token equal to, or ending with, one of these marks a credential (BOTTOKEN, APIKEY, TOKEN).
    private static readonly string[] SecretTokens =
        ["TOKEN", "SECRET", "PASSWORD", "PASSWD", "PWD", "PASSPHRASE", "CREDENTIAL", "CREDENTIALS", "CREDS", "AUTHORIZATION", "COOKIE", "APIKEY", "PAT"];

    // Names ending in one of these describe a credential without holding one (AWS_ACCESS_KEY_ID, TOKEN_URL).
    private static readonly string[] NonSecretLastTokens =
        ["ID", "URL", "URI", "FILE", "PATH", "DIR", "HOST", "ENDPOINT", "TYPE", "MODE", "NAME", "USER", "USERNAME", "REGION", "PORT", "HEADER", "EXPIRY", "TTL", "LENGTH", "SIZE", "COUNT", "VERSION", "SCOPE", "SCOPES"];

    private static readonly string[] NonSecretValues = ["true", "false", "null", "none", "yes", "no", "enabled", "disabled", "required", "optional"];

    /// <summary>The name says the value is a credential (<c>HELPER_API_KEY</c>, <c>botToken</c>, <c>X-Api-Key</c>, <c>Authorization</c>).</summary>
    public static bool IsSecretName(string name)
    {
        var tokens = Tokens(name);
        if (tokens.Count == 0 || NonSecretLastTokens.Contains(tokens[^1], StringComparer.Ordinal))
        {
            return false;
        }

        if (tokens[^1] is "KEY" or "AUTH")
        {
            return true;
        }

        return tokens.Any(t => SecretTokens.Any(s => t == s || (s.Length >= 5 && t.EndsWith(s, StringComparison.Ordinal))));
    }

    /// <summary>A plaintext value (no <c>${VAR}</c> inside, not blank).</summary>
    public static bool IsLiteral(string? value) =>
        value is not null && value.Trim().Length > 0 && !value.Contains("${", StringComparison.Ordinal);

    /// <summary>The value has the shape of a well-known credential format, whatever its name.</summary>
    public static bool LooksLikeSecretValue(string value) => KnownShape().IsMatch(value.Trim());

    /// <summary>A named literal that is a credential: secret-looking by shape, or secret-named and not a trivial word.</summary>
    public static bool IsSecret(string name, string? value)
    {
        if (!IsLiteral(value))
        {
            return false;
        }

        var v = value!.Trim();
        if (LooksLikeSecretValue(v))
        {
            return true;
        }

        return IsSecretName(name) && v.Length >= 6 && !NonSecretValues.Contains(v.ToLowerInvariant(), StringComparer.Ordinal)
            && !double.TryParse(v, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
    }

    /// <summary>Upper-case name tokens split at separators and camelCase boundaries (<c>x-apiKey</c> → X, API, KEY).</summary>
    public static IReadOnlyList<string> Tokens(string name)
    {
        var list = new List<string>();
        var sb = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsAsciiLetterOrDigit(c))
            {
                Flush();
                continue;
            }

            if (char.IsAsciiLetterUpper(c) && sb.Length > 0 && i > 0 && char.IsAsciiLetterLower(name[i - 1]))
            {
                Flush();
            }

            sb.Append(char.ToUpperInvariant(c));
        }

        Flush();
        return list;

        void Flush()
        {
            if (sb.Length > 0)
            {
                list.Add(sb.ToString());
                sb.Clear();
            }
        }
    }

    [GeneratedRegex(
        @"^(?:(?:sk|rk|pk)[-_](?:live_|test_|proj-|ant-)?[A-Za-z0-9_-]{16,}|gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|xox[abpsr]-[A-Za-z0-9-]{10,}|xapp-[A-Za-z0-9-]{10,}|glpat-[A-Za-z0-9_-]{16,}|AKIA[0-9A-Z]{16}|AIza[0-9A-Za-z_-]{30,}|hf_[A-Za-z0-9]{24,}|\d{6,}:[A-Za-z0-9_-]{30,}|eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+|(?:Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]{8,}|-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KnownShape();
}

using System.Text.RegularExpressions;

namespace Chitin.Audit.Checks.Posture;

/// <summary>
/// Judges a shared secret (gateway token/password, hooks token) without ever returning it: blank markers,
/// published placeholders copied from docs and templates, and low-entropy values.
/// </summary>
internal static partial class SecretStrength
{
    /// <summary>Placeholders published in OpenClaw's docs, <c>.env.example</c> files and templates (compared case-insensitively).</summary>
    public static IReadOnlyList<string> PublishedPlaceholders { get; } =
    [
        "change-me-to-a-long-random-token",
        "change-me-now",
        "replace-with-long-random-token",
        "change-me-to-a-strong-password",
        "YOUR_GATEWAY_PASSWORD",
        "YOUR_GATEWAY_TOKEN",
        "your-long-random-token",
        "your-gateway-token",
        "your-hook-token",
        "your-secret-token",
    ];

    /// <summary>OpenClaw's <c>isInvalidGatewaySecret</c>: <c>""</c>, <c>"undefined"</c> or <c>"null"</c> after trimming.</summary>
    public static bool IsBlankMarker(string? value) => value is not null && value.Trim() is "" or "undefined" or "null";

    /// <summary>Why <paramref name="value"/> looks like a placeholder rather than a secret, or null.</summary>
    public static string? PlaceholderReason(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var v = value.Trim();
        if (v.Length == 0)
        {
            return null;
        }

        if (PublishedPlaceholders.Any(p => string.Equals(p, v, StringComparison.OrdinalIgnoreCase)))
        {
            return "a published example placeholder";
        }

        if (AngleBracketed().IsMatch(v))
        {
            return "an <angle-bracket> template placeholder";
        }

        if (PlaceholderWords().IsMatch(v))
        {
            return "placeholder wording (change-me / replace-with / your-… / example / placeholder)";
        }

        if (XRun().IsMatch(v))
        {
            return "a run of x characters (xxx…)";
        }

        return null;
    }

    /// <summary>
    /// Why a long enough value is still guessable (few distinct characters, a repeated unit, a keyboard or
    /// alphabet run, or under 64 bits of estimated entropy), or null. Short values are another check's business.
    /// </summary>
    public static string? WeaknessReason(string? value, int minLength = 24)
    {
        if (value is null)
        {
            return null;
        }

        var v = value.Trim();
        if (v.Length < minLength)
        {
            return null;
        }

        var distinct = v.Distinct().Count();
        if (distinct < 8)
        {
            return $"only {distinct} distinct characters";
        }

        for (var unit = 1; unit <= v.Length / 2; unit++)
        {
            if (v.Length % unit == 0 && string.Concat(Enumerable.Repeat(v[..unit], v.Length / unit)) == v)
            {
                return $"a {unit}-character unit repeated";
            }
        }

        if (SequentialRun(v) >= 8)
        {
            return "a long sequential run (abcdefgh / 12345678)";
        }

        var bits = EntropyBits(v);
        return bits < 64 ? $"about {bits:0} bits of estimated entropy" : null;
    }

    /// <summary>Shannon estimate of the value's entropy in bits (length × per-character entropy).</summary>
    public static double EntropyBits(string value)
    {
        if (value.Length == 0)
        {
            return 0;
        }

        double h = 0;
        foreach (var g in value.GroupBy(c => c))
        {
            var p = (double)g.Count() / value.Length;
            h -= p * Math.Log2(p);
        }

        return h * value.Length;
    }

    private static int SequentialRun(string v)
    {
        var best = 1;
        var up = 1;
        var down = 1;
        for (var i = 1; i < v.Length; i++)
        {
            up = v[i] == v[i - 1] + 1 ? up + 1 : 1;
            down = v[i] == v[i - 1] - 1 ? down + 1 : 1;
            best = Math.Max(best, Math.Max(up, down));
        }

        return best;
    }

    [GeneratedRegex(@"^<[^<>]+>$")]
    private static partial Regex AngleBracketed();

    [GeneratedRegex(@"change[-_ ]?me|changeit|replace[-_ ]?(with|me)|^your[-_ ]|placeholder|^example[-_]|[-_]example$|^insert[-_ ]|^todo[-_ ]|^dummy[-_]|^sample[-_]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderWords();

    [GeneratedRegex(@"xxx|XXX")]
    private static partial Regex XRun();
}

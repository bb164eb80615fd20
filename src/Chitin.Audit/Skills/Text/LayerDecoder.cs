using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Chitin.Audit.Skills.Text;

/// <summary>
/// Decodes the encodings payloads hide behind (base64, hex and <c>\x</c>/octal/<c>\u</c> escapes, URL encoding,
/// <c>String.fromCharCode</c> lists). Only results that are mostly printable text are kept, so hashes, images
/// and keys do not turn into noise.
/// </summary>
public static partial class LayerDecoder
{
    public const int MaxLayersPerText = 64;

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");
    private static readonly SearchValues<char> Base64Chars = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");

    public static List<DecodedLayer> Find(string text, int budgetChars)
    {
        var layers = new List<DecodedLayer>();
        if (budgetChars <= 0)
        {
            return layers;
        }

        void Add(string kind, int offset, int length, byte[]? bytes, string? decodedText = null)
        {
            if (layers.Count >= MaxLayersPerText || budgetChars <= 0)
            {
                return;
            }

            var s = decodedText ?? (bytes is null ? null : PrintableUtf8(bytes));
            if (s is null || s.Length < 12)
            {
                return;
            }

            if (s.Length > budgetChars)
            {
                s = s[..budgetChars];
            }

            budgetChars -= s.Length;
            layers.Add(new DecodedLayer(kind, offset, length, s));
        }

        var span = text.AsSpan();
        foreach (var (start, length) in Base64Runs(span))
        {
            var blob = span.Slice(start, length);
            if (!blob.ContainsAnyExcept(HexDigits))
            {
                Add("hex", start, length & ~1, Convert.FromHexString(blob[..(length & ~1)]));
                continue;
            }

            Add("base64", start, length, FromBase64(blob));
        }

        var hasBackslash = span.Contains('\\');
        foreach (var m in HexEscapes().EnumerateMatches(hasBackslash ? span : []))
        {
            Add("hex", m.Index, m.Length, ParseEscapes(span.Slice(m.Index, m.Length), 'x', 16, 2));
        }

        foreach (var m in OctalEscapes().EnumerateMatches(hasBackslash ? span : []))
        {
            Add("octal", m.Index, m.Length, ParseEscapes(span.Slice(m.Index, m.Length), '\0', 8, 3));
        }

        foreach (var m in UnicodeEscapes().EnumerateMatches(hasBackslash ? span : []))
        {
            var sb = new StringBuilder(m.Length / 6);
            var s = span.Slice(m.Index, m.Length);
            for (var i = 0; i + 6 <= s.Length; i += 6)
            {
                sb.Append((char)int.Parse(s.Slice(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            }

            Add("unicode-escape", m.Index, m.Length, null, Printable(sb.ToString()) ? sb.ToString() : null);
        }

        foreach (var m in UrlEncoded().EnumerateMatches(span.Contains('%') ? span : []))
        {
            var token = span.Slice(m.Index, m.Length).ToString();
            string decoded;
            try
            {
                decoded = Uri.UnescapeDataString(token.Replace('+', ' '));
            }
            catch (UriFormatException)
            {
                continue;
            }

            Add("url", m.Index, m.Length, null, Printable(decoded) ? decoded : null);
        }

        foreach (Match m in CharCodes().Matches(text.Contains("fromCharCode", StringComparison.Ordinal) ? text : ""))
        {
            var sb = new StringBuilder();
            foreach (var part in m.Groups["codes"].Value.Split(','))
            {
                if (int.TryParse(part.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var code) && code is > 0 and < 0x10000)
                {
                    sb.Append((char)code);
                }
            }

            Add("char-codes", m.Index, m.Length, null, Printable(sb.ToString()) ? sb.ToString() : null);
        }

        return layers;
    }

    /// <summary>Runs of at least 32 base64 characters (plus up to two '=' of padding), found in one pass.</summary>
    private static List<(int Start, int Length)> Base64Runs(ReadOnlySpan<char> text)
    {
        var runs = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            var skip = text[i..].IndexOfAny(Base64Chars);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var len = text[i..].IndexOfAnyExcept(Base64Chars);
            len = len < 0 ? text.Length - i : len;
            if (len >= 32)
            {
                var pad = 0;
                while (pad < 2 && i + len + pad < text.Length && text[i + len + pad] == '=')
                {
                    pad++;
                }

                runs.Add((i, len + pad));
            }

            i += len;
        }

        return runs;
    }

    /// <summary>UTF-8 text when at least 90% of it is printable; otherwise null.</summary>
    public static string? PrintableUtf8(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return null;
        }

        string s;
        try
        {
            s = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        return Printable(s) ? s : null;
    }

    private static bool Printable(string s)
    {
        if (s.Length == 0)
        {
            return false;
        }

        var good = 0;
        foreach (var c in s)
        {
            if (c is >= ' ' and < (char)0x7F or '\n' or '\r' or '\t' || (c >= 0xA0 && !char.IsControl(c)))
            {
                good++;
            }
        }

        return good * 10 >= s.Length * 9;
    }

    private static byte[]? FromBase64(ReadOnlySpan<char> blob)
    {
        var core = blob.TrimEnd('=');
        var len = core.Length - (core.Length % 4 == 1 ? 1 : 0);
        var padded = core[..len].ToString() + new string('=', (4 - (len % 4)) % 4);
        var buffer = new byte[padded.Length * 3 / 4];
        return Convert.TryFromBase64String(padded, buffer, out var written) ? buffer[..written] : null;
    }

    private static byte[] ParseEscapes(ReadOnlySpan<char> s, char marker, int radix, int digits)
    {
        var bytes = new List<byte>(s.Length / 3);
        var i = 0;
        while (i < s.Length)
        {
            if (s[i] != '\\')
            {
                i++;
                continue;
            }

            i++;
            if (marker != '\0' && i < s.Length && (s[i] == marker || s[i] == char.ToUpperInvariant(marker)))
            {
                i++;
            }

            if (i + digits <= s.Length)
            {
                bytes.Add((byte)Convert.ToInt32(s.Slice(i, digits).ToString(), radix));
                i += digits;
            }
        }

        return [.. bytes];
    }

    [GeneratedRegex(@"(?:\\[xX][0-9A-Fa-f]{2}){6,}", RegexOptions.CultureInvariant)]
    private static partial Regex HexEscapes();

    [GeneratedRegex(@"(?:\\[0-3][0-7]{2}){6,}", RegexOptions.CultureInvariant)]
    private static partial Regex OctalEscapes();

    [GeneratedRegex(@"(?:\\u[0-9A-Fa-f]{4}){6,}", RegexOptions.CultureInvariant)]
    private static partial Regex UnicodeEscapes();

    [GeneratedRegex(@"[^\s'""<>%]*(?:%[0-9A-Fa-f]{2}[^\s'""<>%]{0,3}){4,}[^\s'""<>]*", RegexOptions.CultureInvariant)]
    private static partial Regex UrlEncoded();

    [GeneratedRegex(@"fromCharCode\s*\(\s*(?<codes>\d{1,5}(?:\s*,\s*\d{1,5}){5,})\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex CharCodes();
}

using System.Globalization;

namespace Chitin.Audit.Json5;

/// <summary>Character classes of the JSON5 grammar (ES5.1 IdentifierName and WhiteSpace), by code point.</summary>
internal static class Json5Chars
{
    /// <summary>ES5.1 IdentifierStart without the <c>\u</c> escape: $, _, and letters (Lu Ll Lt Lm Lo Nl).</summary>
    public static bool IsIdentifierStart(int cp)
    {
        if (cp < 128)
        {
            return cp is '$' or '_' || (uint)((cp | 0x20) - 'a') <= 'z' - 'a';
        }

        return CharUnicodeInfo.GetUnicodeCategory(cp) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.LetterNumber;
    }

    /// <summary>ES5.1 IdentifierPart: IdentifierStart, digits, combining marks, connector punctuation, ZWNJ, ZWJ.</summary>
    public static bool IsIdentifierPart(int cp)
    {
        if (cp < 128)
        {
            return cp is '$' or '_' || (uint)((cp | 0x20) - 'a') <= 'z' - 'a' || (uint)(cp - '0') <= 9;
        }

        if (cp is 0x200C or 0x200D)
        {
            return true;
        }

        return CharUnicodeInfo.GetUnicodeCategory(cp) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.LetterNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;
    }

    /// <summary>JSON5 WhiteSpace other than line terminators: TAB, VT, FF, SP, NBSP, BOM and Unicode Zs.</summary>
    public static bool IsWhiteSpace(char c) =>
        c is ' ' or '\t' or '\v' or '\f' or '\u00A0' or '\uFEFF'
        || (c > 127 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator);

    /// <summary>The code point at <paramref name="i"/> and how many chars it takes; a lone surrogate is returned as itself.</summary>
    public static (int CodePoint, int Length) CodePointAt(string s, int i)
    {
        var c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            return (char.ConvertToUtf32(c, s[i + 1]), 2);
        }

        return (c, 1);
    }
}

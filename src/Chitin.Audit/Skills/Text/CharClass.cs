namespace Chitin.Audit.Skills.Text;

/// <summary>Unicode classes the normalizer and the hidden-Unicode detector share.</summary>
internal static class CharClass
{
    /// <summary>Zero-width and invisible formatting characters that hide text from a reader.</summary>
    public static bool IsInvisible(int cp) => cp is 0x200B or 0x200C or 0x200D or 0x2060 or 0x2061 or 0x2062 or 0x2063 or 0x2064
        or 0xFEFF or 0x180E or 0x00AD or 0x034F or 0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800;

    /// <summary>Bidirectional embedding, override and isolate controls (Trojan Source).</summary>
    public static bool IsBidiControl(int cp) => cp is >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069;

    /// <summary>Unicode tag characters (invisible ASCII twins), valid only inside subdivision-flag emoji.</summary>
    public static bool IsTag(int cp) => cp is >= 0xE0000 and <= 0xE007F;

    public static bool IsVariationSelector(int cp) => cp is >= 0xFE00 and <= 0xFE0F or >= 0xE0100 and <= 0xE01EF;

    /// <summary>Emoji and pictographs, including keycap/skin-tone parts; removed before matching.</summary>
    public static bool IsEmoji(int cp) => cp is >= 0x1F000 and <= 0x1FAFF or >= 0x2600 and <= 0x27BF or >= 0x2B00 and <= 0x2BFF
        or >= 0x2300 and <= 0x23FF or >= 0x2190 and <= 0x21FF or 0x20E3 or 0x3030 or 0x303D or 0x3297 or 0x3299 or 0x00A9 or 0x00AE or 0x2122;

    /// <summary>Scripts where ZWJ/ZWNJ are part of normal spelling (Arabic, Indic, Persian …).</summary>
    public static bool IsJoiningScript(int cp) => cp is >= 0x0600 and <= 0x08FF or >= 0x0900 and <= 0x0DFF or >= 0x1780 and <= 0x17FF or >= 0xA8E0 and <= 0xA8FF;
}

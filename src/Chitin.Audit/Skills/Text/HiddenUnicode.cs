using System.Text;

namespace Chitin.Audit.Skills.Text;

/// <summary>
/// Finds characters a reader cannot see but a model reads: bidi controls, zero-width characters outside emoji
/// sequences and joining scripts, tag characters outside subdivision flags (decoded to the ASCII they hide),
/// and runs of variation selectors used as a data channel. A BOM at offset 0 is fine.
/// </summary>
public static class HiddenUnicode
{
    private const int MaxHits = 50;

    public static List<HiddenUnicodeHit> Scan(string text)
    {
        var hits = new List<HiddenUnicodeHit>();
        if (!text.AsSpan().ContainsAnyExceptInRange((char)0, (char)0x7F))
        {
            return hits;
        }

        var line = 1;
        var prevCp = 0;
        var inFlag = false;
        StringBuilder? tagPayload = null;
        int tagCount = 0, tagLine = 0;
        int vsRun = 0;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < text.Length && hits.Count < MaxHits; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                Flush(hits, counts, line);
                line++;
                prevCp = 0;
                inFlag = false;
                continue;
            }

            if (c < 0x80)
            {
                prevCp = c;
                vsRun = 0;
                continue;
            }

            int cp = c;
            var width = 1;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(c, text[i + 1]);
                width = 2;
            }

            var nextCp = NextCodePoint(text, i + width);
            if (CharClass.IsTag(cp))
            {
                if (prevCp == 0x1F3F4 || inFlag)
                {
                    // Subdivision flag: black flag + tag letters + cancel tag.
                    inFlag = cp != 0xE007F;
                }
                else
                {
                    if (tagPayload is null || tagLine != line)
                    {
                        FlushTags(hits, ref tagPayload, ref tagCount, tagLine);
                        tagPayload = new StringBuilder();
                        tagLine = line;
                    }

                    tagCount++;
                    if (cp is >= 0xE0020 and <= 0xE007E && tagPayload.Length < 400)
                    {
                        tagPayload.Append((char)(cp - 0xE0000));
                    }
                }

                i += width - 1;
                continue;
            }

            if (tagPayload is not null)
            {
                FlushTags(hits, ref tagPayload, ref tagCount, tagLine);
            }

            if (CharClass.IsBidiControl(cp))
            {
                Count(counts, "bidi");
            }
            else if (cp == 0xFEFF)
            {
                if (i != 0)
                {
                    Count(counts, "zero-width");
                }
            }
            else if (cp is 0x200D or 0x200C)
            {
                var emojiJoin = (IsEmojiPart(prevCp) && (CharClass.IsEmoji(nextCp) || IsEmojiPart(nextCp))) || (cp == 0x200D && CharClass.IsEmoji(nextCp) && prevCp > 0x2000);
                if (!emojiJoin && !CharClass.IsJoiningScript(prevCp) && !CharClass.IsJoiningScript(nextCp))
                {
                    Count(counts, "zero-width");
                }
            }
            else if (CharClass.IsInvisible(cp) && cp != 0x00AD)
            {
                Count(counts, "zero-width");
            }
            else if (CharClass.IsVariationSelector(cp))
            {
                if (++vsRun >= 3 || (cp >= 0xE0100 && !CharClass.IsEmoji(prevCp) && !IsCjk(prevCp)))
                {
                    Count(counts, "variation-selectors");
                }

                i += width - 1;
                continue;
            }

            vsRun = 0;
            prevCp = cp;
            i += width - 1;
        }

        FlushTags(hits, ref tagPayload, ref tagCount, tagLine);
        Flush(hits, counts, line);
        return hits;
    }

    private static bool IsEmojiPart(int cp) => CharClass.IsEmoji(cp) || cp is 0xFE0F or >= 0x1F3FB and <= 0x1F3FF or 0x20E3;

    private static bool IsCjk(int cp) => cp is >= 0x3400 and <= 0x9FFF or >= 0x20000 and <= 0x3134F;

    private static int NextCodePoint(string text, int i)
    {
        if (i >= text.Length)
        {
            return 0;
        }

        return char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
    }

    private static void Count(Dictionary<string, int> counts, string kind) => counts[kind] = counts.GetValueOrDefault(kind) + 1;

    private static void Flush(List<HiddenUnicodeHit> hits, Dictionary<string, int> counts, int line)
    {
        foreach (var (kind, n) in counts)
        {
            hits.Add(new HiddenUnicodeHit(kind, line, n, null));
        }

        counts.Clear();
    }

    private static void FlushTags(List<HiddenUnicodeHit> hits, ref StringBuilder? payload, ref int count, int line)
    {
        if (payload is not null && count > 0)
        {
            hits.Add(new HiddenUnicodeHit("tags", line, count, payload.ToString()));
        }

        payload = null;
        count = 0;
    }
}

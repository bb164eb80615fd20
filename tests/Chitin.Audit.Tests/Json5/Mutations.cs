using System.Text;

namespace Chitin.Audit.Tests.Json5;

/// <summary>Small random edits that usually break a JSON5 text (and sometimes do not).</summary>
internal static class Mutations
{
    private static readonly string[] Inserts =
    [
        ",", ":", "{", "}", "[", "]", "'", "\"", "\\", "/", "*", "/*", "//", "0", "00", "x", "0x", ".", "e", "+", "-", "\n", "\r", " ",
        "\u2028", "a", "Z", "$", "_", "#", "@", "`", "\\u", "\\x4", "\\u00", "Infinity", "NaN", "null", "tru", "\u00A0", "\u0000",
        "é", "😀", "\uD800", "\u200B", "\u180E", "\u0085",
    ];

    public static string Damage(string text, Random rng)
    {
        var sb = new StringBuilder(text);
        var edits = 1 + rng.Next(2);
        for (var i = 0; i < edits; i++)
        {
            var at = rng.Next(sb.Length + 1);
            switch (rng.Next(6))
            {
                case 0 when sb.Length > 0:
                    sb.Remove(Math.Min(at, sb.Length - 1), 1);
                    break;
                case 1 when sb.Length > 0:
                    sb.Length = at;
                    break;
                case 2 when sb.Length > 0:
                    var from = rng.Next(sb.Length);
                    var len = Math.Min(1 + rng.Next(6), sb.Length - from);
                    sb.Insert(at, sb.ToString(from, len));
                    break;
                case 3 when at < sb.Length:
                    sb[at] = Inserts[rng.Next(Inserts.Length)][0];
                    break;
                default:
                    sb.Insert(at, Inserts[rng.Next(Inserts.Length)]);
                    break;
            }
        }

        return sb.ToString();
    }
}

using System.Text;

namespace Chitin.Audit.Reporting.Html;

/// <summary>HTML encoding: every piece of report text goes through <see cref="Encode"/> before it reaches the page.</summary>
internal static class HtmlText
{
    /// <summary>Escapes &amp; &lt; &gt; " ' so text is safe in element content and quoted attributes; drops C0 controls other than tab and newline.</summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\t' or '\n': sb.Append(c); break;
                case < ' ' or '\u007f': sb.Append('\uFFFD'); break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }

    /// <summary>A string usable as an HTML id: lower-case letters, digits and dashes.</summary>
    public static string Id(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        return sb.ToString();
    }
}

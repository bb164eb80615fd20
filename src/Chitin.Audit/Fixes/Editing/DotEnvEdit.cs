using System.Text;
using System.Text.RegularExpressions;
using Chitin.Audit.Install;

namespace Chitin.Audit.Fixes.Editing;

/// <summary>
/// Sets variables in a .env file's text: the last line that assigns a key is rewritten in place, earlier
/// duplicates are dropped (the last one is what a dotenv reader keeps), new keys are appended. Comments and
/// every other line stay as they were.
/// </summary>
internal static partial class DotEnvEdit
{
    public static (string? Text, string? Error) Set(string? existing, IReadOnlyList<(string Key, string Value)> values, string file)
    {
        foreach (var (key, value) in values)
        {
            if (!KeyShape().IsMatch(key) || Render(value) is null)
            {
                return (null, $"refusing to write {key} to {file}: the name or the value cannot be written safely");
            }
        }

        var text = existing ?? "";
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Length == 0 ? new List<string>() : text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var endsWithNewline = lines.Count > 0 && lines[^1].Length == 0;
        if (endsWithNewline)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        foreach (var (key, value) in values)
        {
            var hits = Enumerable.Range(0, lines.Count).Where(i => Assigns(lines[i], key)).ToList();
            if (hits.Count == 0)
            {
                lines.Add(key + "=" + Render(value));
                continue;
            }

            lines[hits[^1]] = key + "=" + Render(value);
            foreach (var i in hits.Take(hits.Count - 1).OrderByDescending(i => i))
            {
                lines.RemoveAt(i);
            }
        }

        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            sb.Append(line).Append(newline);
        }

        var result = sb.ToString();
        var parsed = DotEnvParser.Parse(result, file);
        foreach (var (key, value) in values)
        {
            if (parsed.LastOrDefault(e => e.Key == key)?.Value != value)
            {
                return (null, $"{file}: after editing, {key} does not read back as written");
            }
        }

        return (result, null);
    }

    /// <summary>An upper-case variable name (the shape OpenClaw's ${VAR} substitution accepts).</summary>
    public static bool IsValidKey(string key) => KeyShape().IsMatch(key);

    /// <summary>True when a value can be written (bare, or in double quotes when it has spaces or '#').</summary>
    public static bool CanWrite(string value) => Render(value) is not null;

    /// <summary>The value as written: bare when plain, double-quoted when it holds spaces or '#', null when neither is safe.</summary>
    private static string? Render(string value) =>
        ValueShape().IsMatch(value) ? value
        : value.Length > 0 && value.Trim() == value && QuotableShape().IsMatch(value) ? "\"" + value + "\""
        : null;

    private static bool Assigns(string line, string key)
    {
        var t = line.Trim();
        if (t.StartsWith("export ", StringComparison.Ordinal))
        {
            t = t[7..].TrimStart();
        }

        var eq = t.IndexOf('=', StringComparison.Ordinal);
        return eq > 0 && t[..eq].Trim() == key;
    }

    [GeneratedRegex("^[A-Z_][A-Z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyShape();

    [GeneratedRegex("^[A-Za-z0-9._~+/=:@-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ValueShape();

    [GeneratedRegex("^[^\"'`\\\\$\r\n]+$", RegexOptions.CultureInvariant)]
    private static partial Regex QuotableShape();
}

namespace Chitin.Audit.Install;

/// <summary>Parses a dotenv file the way OpenClaw's loader reads it (KEY=VALUE, optional export, quotes, # comments).</summary>
public static class DotEnvParser
{
    public static IReadOnlyList<DotEnvEntry> Parse(string text, string file)
    {
        var list = new List<DotEnvEntry>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r').Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line.StartsWith("export ", StringComparison.Ordinal))
            {
                line = line[7..].TrimStart();
            }

            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                continue;
            }

            var key = line[..eq].Trim();
            var value = line[(eq + 1)..].Trim();
            if (value.Length >= 2 && (value[0] is '"' or '\'') && value[^1] == value[0])
            {
                value = value[1..^1];
            }
            else
            {
                var hash = value.IndexOf(" #", StringComparison.Ordinal);
                if (hash >= 0)
                {
                    value = value[..hash].TrimEnd();
                }
            }

            list.Add(new DotEnvEntry(key, value, file, i + 1));
        }

        return list;
    }
}

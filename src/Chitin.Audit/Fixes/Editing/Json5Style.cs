using Chitin.Audit.Json5;

namespace Chitin.Audit.Fixes.Editing;

/// <summary>
/// How a file is written, so inserted text looks like its neighbours: quoted or bare keys, quote character,
/// indent unit, trailing commas in multi-line objects, line ending. A new file gets plain JSON style.
/// </summary>
internal sealed record Json5Style
{
    public static Json5Style Json { get; } = new();

    public bool QuoteKeys { get; init; } = true;

    public char Quote { get; init; } = '"';

    public string IndentUnit { get; init; } = "  ";

    public bool TrailingCommas { get; init; }

    public string NewLine { get; init; } = "\n";

    public static Json5Style Detect(Json5Document doc)
    {
        var text = doc.Text;
        var quotedKeys = 0;
        var bareKeys = 0;
        var singleQuotes = 0;
        var doubleQuotes = 0;
        var trailing = 0;
        var notTrailing = 0;
        var stack = new Stack<J5Node>();
        stack.Push(doc.Root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            switch (node)
            {
                case J5Object o:
                    foreach (var p in o.Properties)
                    {
                        var c = p.KeySpan.Length > 0 ? text[p.KeySpan.Start] : '"';
                        if (c is '"' or '\'')
                        {
                            quotedKeys++;
                            if (c == '\'')
                            {
                                singleQuotes++;
                            }
                            else
                            {
                                doubleQuotes++;
                            }
                        }
                        else
                        {
                            bareKeys++;
                        }

                        stack.Push(p.Value);
                    }

                    if (o.Properties.Count > 0 && Json5Trivia.ContainsLineBreak(text, o.Span.Start, o.Span.End))
                    {
                        var after = Json5Trivia.SkipTrivia(text, o.Properties[^1].Value.Span.End);
                        if (after < text.Length && text[after] == ',')
                        {
                            trailing++;
                        }
                        else
                        {
                            notTrailing++;
                        }
                    }

                    break;
                case J5Array a:
                    foreach (var i in a.Items)
                    {
                        stack.Push(i);
                    }

                    break;
                case J5String s when s.Span.Length > 0:
                    if (text[s.Span.Start] == '\'')
                    {
                        singleQuotes++;
                    }
                    else
                    {
                        doubleQuotes++;
                    }

                    break;
            }
        }

        return new Json5Style
        {
            QuoteKeys = bareKeys == 0,
            Quote = singleQuotes > doubleQuotes ? '\'' : '"',
            IndentUnit = DetectIndent(text),
            TrailingCommas = trailing > notTrailing,
            NewLine = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n",
        };
    }

    /// <summary>The smallest indentation step between consecutive indented lines (tabs win when lines start with one).</summary>
    private static string DetectIndent(string text)
    {
        var lines = text.Split('\n');
        var min = int.MaxValue;
        var tabs = 0;
        var spaces = 0;
        var previous = 0;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var width = 0;
            while (width < line.Length && line[width] is ' ' or '\t')
            {
                width++;
            }

            if (width > 0)
            {
                if (line[0] == '\t')
                {
                    tabs++;
                }
                else
                {
                    spaces++;
                }
            }

            if (width > previous)
            {
                min = Math.Min(min, width - previous);
            }

            previous = width;
        }

        if (tabs > spaces)
        {
            return "\t";
        }

        return min is > 0 and <= 8 ? new string(' ', min) : "  ";
    }
}

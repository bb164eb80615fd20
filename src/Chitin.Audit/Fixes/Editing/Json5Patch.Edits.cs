using Chitin.Audit.Json5;

namespace Chitin.Audit.Fixes.Editing;

/// <summary>The three span operations: replace a value, remove a member, insert members.</summary>
internal sealed partial class Json5Patch
{
    private void Replace(J5Node existing, J5Node value)
    {
        if (EditsFor(existing) is not { } e)
        {
            return;
        }

        var text = e.Document.Text;
        if (DocumentLocator.Find(e.Document, existing.Span) is not { } local)
        {
            _errors.Add($"{Display(existing)}: not found in {e.Document.Path}");
            return;
        }

        var parent = local.Path.Count == 0 ? null : DocumentLocator.At(e.Document.Root, Parent(local.Path));
        var inline = parent is not null && !Json5Trivia.ContainsLineBreak(text, parent.Span.Start, parent.Span.End);
        var rendered = Json5Render.Value(value, e.Style, Json5Trivia.IndentOf(text, existing.Span.Start), inline);
        e.Add(existing.Span.Start, existing.Span.End, rendered);
        e.Expectations.Add((local.Path, value));
    }

    private void RemoveMember(J5Property merged, bool keepPreviousComma)
    {
        if (EditsFor(merged.Value) is not { } e)
        {
            return;
        }

        if (DocumentLocator.FindOwner(e.Document, merged.KeySpan) is not { } owner)
        {
            _errors.Add($"{Display(merged.Value)}: member not found in {e.Document.Path}");
            return;
        }

        var text = e.Document.Text;
        var props = owner.Owner.Properties;
        var doomed = new HashSet<int>(Enumerable.Range(0, props.Count).Where(i => props[i].Key == merged.Key));
        var multiLine = Json5Trivia.ContainsLineBreak(text, owner.Owner.Span.Start, owner.Owner.Span.End);
        var ranges = new List<(int Start, int End)>();
        foreach (var k in doomed.OrderBy(i => i))
        {
            var p = props[k];
            var keyStart = p.KeySpan.Start;
            var valueEnd = p.Value.Span.End;
            var c = Json5Trivia.SkipTrivia(text, valueEnd);
            var hasComma = c < text.Length && text[c] == ',';
            var previous = Enumerable.Range(0, k).Reverse().Where(i => !doomed.Contains(i)).Select(i => (int?)i).FirstOrDefault();
            var isLastKept = !Enumerable.Range(k + 1, props.Count - k - 1).Any(i => !doomed.Contains(i));
            if (multiLine && Json5Trivia.FirstOnLine(text, keyStart))
            {
                var end = hasComma ? c + 1 : valueEnd;
                var eol = Json5Trivia.SkipSameLine(text, end);
                var start = keyStart;
                if (eol >= text.Length || Json5Trivia.IsLineBreak(text[eol]))
                {
                    start = Json5Trivia.LineStart(text, keyStart);
                    end = eol + Json5Trivia.LineBreakLength(text, eol);
                }

                ranges.Add((start, end));
                if (!hasComma && isLastKept && !keepPreviousComma && previous is { } prev && CommaAfter(text, props[prev].Value.Span.End) is { } pc)
                {
                    ranges.Add((pc, pc + 1));
                }
            }
            else if (hasComma)
            {
                var end = c + 1;
                while (end < text.Length && text[end] is ' ' or '\t')
                {
                    end++;
                }

                ranges.Add((keyStart, end));
            }
            else if (!keepPreviousComma && previous is { } prev && CommaAfter(text, props[prev].Value.Span.End) is { } pc)
            {
                ranges.Add((pc, valueEnd));
            }
            else
            {
                ranges.Add((keyStart, valueEnd));
            }
        }

        // Duplicate keys can give touching or overlapping ranges: delete their union.
        ranges.Sort();
        var merged2 = new List<(int Start, int End)>();
        foreach (var r in ranges)
        {
            if (merged2.Count > 0 && r.Start <= merged2[^1].End)
            {
                merged2[^1] = (merged2[^1].Start, Math.Max(merged2[^1].End, r.End));
            }
            else
            {
                merged2.Add(r);
            }
        }

        foreach (var (start, end) in merged2)
        {
            e.Add(start, end, "");
        }

        e.Expectations.Add((owner.Path.Append(merged.Key), null));
    }

    private void InsertMembers(J5Object merged, List<(string Key, J5Node Value)> members, HashSet<string> removed)
    {
        if (EditsFor(merged) is not { } e)
        {
            return;
        }

        if (DocumentLocator.Find(e.Document, merged.Span) is not { Node: J5Object obj } local)
        {
            _errors.Add($"{Display(merged)}: object not found in {e.Document.Path}");
            return;
        }

        var text = e.Document.Text;
        var style = e.Style;
        var nl = style.NewLine;
        var objIndent = Json5Trivia.IndentOf(text, obj.Span.Start);
        var props = obj.Properties.Where(p => !removed.Contains(p.Key)).ToList();
        var multiLine = Json5Trivia.ContainsLineBreak(text, obj.Span.Start, obj.Span.End);
        if (props.Count == 0)
        {
            var indent = objIndent + style.IndentUnit;
            var rendered = members.Select(m => Json5Render.Member(m.Key, m.Value, style, indent, inline: false)).ToList();
            var inner = text[(obj.Span.Start + 1)..(obj.Span.End - 1)];
            if (obj.Properties.Count == 0 && inner.Trim().Length == 0)
            {
                var body = nl + indent + string.Join("," + nl + indent, rendered) + (style.TrailingCommas ? "," : "") + nl + objIndent;
                e.Add(obj.Span.Start + 1, obj.Span.End - 1, body);
            }
            else
            {
                e.Add(obj.Span.Start + 1, obj.Span.Start + 1, string.Concat(rendered.Select(r => nl + indent + r + ",")));
            }
        }
        else if (multiLine)
        {
            var last = props[^1];
            var after = last.Value.Span.End;
            var c = Json5Trivia.SkipTrivia(text, after);
            var hasComma = c < text.Length && text[c] == ',';
            var indent = Json5Trivia.FirstOnLine(text, last.KeySpan.Start) ? Json5Trivia.IndentOf(text, last.KeySpan.Start) : objIndent + style.IndentUnit;
            var anchor = hasComma ? c + 1 : after;
            var eol = Json5Trivia.SkipSameLine(text, anchor);
            var closesOnLine = eol < text.Length && text[eol] == '}';
            if (eol >= text.Length || Json5Trivia.IsLineBreak(text[eol]) || closesOnLine)
            {
                anchor = eol;
            }

            if (!hasComma)
            {
                e.Add(after, after, ",");
            }

            var trailing = hasComma || style.TrailingCommas;
            var body = string.Concat(members.Select((m, i) =>
                nl + indent + Json5Render.Member(m.Key, m.Value, style, indent, inline: false) + (i < members.Count - 1 || trailing ? "," : "")));
            e.Add(anchor, anchor, closesOnLine ? body + nl + objIndent : body);
        }
        else
        {
            var last = props[^1];
            var after = last.Value.Span.End;
            var c = Json5Trivia.SkipTrivia(text, after);
            var rendered = members.Select(m => Json5Render.Member(m.Key, m.Value, style, "", inline: true)).ToList();
            if (c < text.Length && text[c] == ',')
            {
                e.Add(c + 1, c + 1, " " + string.Join(", ", rendered) + ",");
            }
            else
            {
                e.Add(after, after, ", " + string.Join(", ", rendered));
            }
        }

        foreach (var (key, value) in members)
        {
            e.Expectations.Add((local.Path.Append(key), value));
        }
    }

    private static int? CommaAfter(string text, int pos)
    {
        var c = Json5Trivia.SkipTrivia(text, pos);
        return c < text.Length && text[c] == ',' ? c : null;
    }

    private static ConfigPath Parent(ConfigPath path)
    {
        var p = ConfigPath.Root;
        for (var i = 0; i < path.Count - 1; i++)
        {
            var s = path.Segments[i];
            p = s.IsIndex ? p.Append(s.Index) : p.Append(s.Key!);
        }

        return p;
    }
}

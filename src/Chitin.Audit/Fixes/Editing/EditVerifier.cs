using Chitin.Audit.Json5;

namespace Chitin.Audit.Fixes.Editing;

/// <summary>
/// Applies one file's edits and proves the result: it must parse as JSON5, read the intended value at every
/// edited path, and read exactly as before everywhere else. A file that fails is never written.
/// </summary>
internal static class EditVerifier
{
    public static (string? Text, string? Error) Apply(DocumentEdits edits)
    {
        string text;
        try
        {
            text = TextEdit.Apply(edits.Document.Text, edits.Edits);
        }
        catch (InvalidOperationException e)
        {
            return (null, $"{edits.Document.Path}: {e.Message}");
        }

        Json5Document reparsed;
        try
        {
            reparsed = Json5Reader.Parse(text, edits.Document.Path);
        }
        catch (Json5Exception e)
        {
            return (null, $"{edits.Document.Path}: the edited text would not parse ({e.Line}:{e.Column}: {e.Reason})");
        }

        foreach (var (path, want) in edits.Expectations)
        {
            var got = DocumentLocator.At(reparsed.Root, path);
            if (want is null ? got is not null : !ConfigValue.Same(got, want))
            {
                return (null, $"{edits.Document.Path}: after editing, {Show(path)} does not hold the intended value");
            }
        }

        var edited = edits.Expectations.Select(x => x.Path).ToList();
        if (!SameExcept(edits.Document.Root, reparsed.Root, ConfigPath.Root, edited))
        {
            return (null, $"{edits.Document.Path}: the edit would also change values it was not meant to touch");
        }

        return (text, null);
    }

    /// <summary>Same values everywhere except at (or below) the edited paths.</summary>
    public static bool SameExcept(J5Node? before, J5Node? after, ConfigPath at, IReadOnlyList<ConfigPath> edited)
    {
        if (edited.Any(e => at.StartsWith(e)))
        {
            return true;
        }

        if (!edited.Any(e => e.StartsWith(at)))
        {
            return ConfigValue.Same(before, after);
        }

        // An object created on the way to an edit counts as empty before.
        switch (before ?? (after is J5Object ? new J5Object([]) : null), after)
        {
            case (J5Object b, J5Object a):
                foreach (var key in b.Keys.Union(a.Keys))
                {
                    if (!SameExcept(b[key], a[key], at.Append(key), edited))
                    {
                        return false;
                    }
                }

                return true;
            case (J5Array b, J5Array a):
                if (b.Count != a.Count)
                {
                    return false;
                }

                for (var i = 0; i < b.Count; i++)
                {
                    if (!SameExcept(b[i], a[i], at.Append(i), edited))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    private static string Show(ConfigPath path) => path.Count == 0 ? "(root)" : path.ToString();
}

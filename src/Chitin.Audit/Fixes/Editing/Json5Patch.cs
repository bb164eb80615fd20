using Chitin.Audit.Json5;

namespace Chitin.Audit.Fixes.Editing;

/// <summary>
/// Turns a <see cref="PatchNode"/> tree into source-span edits of the files the merged config came from: a
/// value's text is replaced where it is written, missing members are inserted into the nearest existing object
/// (indented like their siblings, intermediate objects created), removed members take their comma and line
/// with them. Everything else stays byte-identical. Comments survive because only spans are touched.
/// </summary>
internal sealed partial class Json5Patch
{
    private readonly Dictionary<Json5Document, DocumentEdits> _edits = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> _errors = [];

    public IReadOnlyCollection<DocumentEdits> Documents => _edits.Values;

    public IReadOnlyList<string> Errors => _errors;

    /// <summary>Plans edits of an existing config. <paramref name="root"/> is the merged config root.</summary>
    public static Json5Patch Plan(J5Object root, PatchNode patch)
    {
        var p = new Json5Patch();
        if (!patch.IsEmpty)
        {
            if (patch.Value is not null || patch.Remove)
            {
                p._errors.Add("the config root itself cannot be replaced or removed");
            }
            else
            {
                p.Walk(root, patch);
            }
        }

        return p;
    }

    /// <summary>The whole text of a new config file holding the sets of <paramref name="patch"/> (JSON style).</summary>
    public static string NewFile(PatchNode patch)
    {
        var value = patch.Build() ?? new J5Object([]);
        return Json5Render.Value(value, Json5Style.Json, "", inline: false) + "\n";
    }

    private void Walk(J5Node existing, PatchNode patch)
    {
        switch (existing)
        {
            case J5Object obj:
                WalkObject(obj, patch);
                break;
            case J5Array arr:
                WalkArray(arr, patch);
                break;
            default:
                _errors.Add($"{existing.Path}: not an object or array");
                break;
        }
    }

    private void WalkObject(J5Object obj, PatchNode patch)
    {
        var inserts = new List<(string Key, J5Node Value)>();
        var removed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (seg, child) in patch.Children)
        {
            if (seg.IsIndex)
            {
                _errors.Add($"{Display(obj)}: [{seg.Index}] used on an object");
            }
            else if (obj.Property(seg.Key!) is null)
            {
                if (!child.Remove && child.Build() is { } v)
                {
                    inserts.Add((seg.Key!, v));
                }
            }
            else if (child.Remove)
            {
                removed.Add(seg.Key!);
            }
        }

        foreach (var (seg, child) in patch.Children)
        {
            if (!seg.IsIndex && obj.Property(seg.Key!) is { } prop)
            {
                // With members being inserted, the comma before a removed last member stays: the inserts follow it.
                Visit(prop.Value, child, () => RemoveMember(prop, keepPreviousComma: inserts.Count > 0));
            }
        }

        if (inserts.Count > 0)
        {
            InsertMembers(obj, inserts, removed);
        }
    }

    private void WalkArray(J5Array arr, PatchNode patch)
    {
        foreach (var (seg, child) in patch.Children)
        {
            if (!seg.IsIndex || seg.Index < 0 || seg.Index >= arr.Count)
            {
                _errors.Add($"{Display(arr)}: no item {seg} to change");
                continue;
            }

            Visit(arr[seg.Index], child, () => _errors.Add($"{Display(arr[seg.Index])}: removing array items is not supported"));
        }
    }

    private void Visit(J5Node existing, PatchNode child, Action remove)
    {
        if (child.Remove)
        {
            remove();
        }
        else if (child.Value is { } want)
        {
            if (!ConfigValue.Same(existing, want))
            {
                Replace(existing, want);
            }
        }
        else if (existing is J5Object or J5Array)
        {
            Walk(existing, child);
        }
        else if (child.Build() is { } built)
        {
            Replace(existing, built);
        }
    }

    private DocumentEdits? EditsFor(J5Node node)
    {
        if (node.Document is not { } doc)
        {
            _errors.Add($"{Display(node)}: not read from a file, cannot be edited");
            return null;
        }

        if (!_edits.TryGetValue(doc, out var e))
        {
            e = new DocumentEdits(doc);
            _edits[doc] = e;
        }

        return e;
    }

    private static string Display(J5Node node) => node.Path.Length == 0 ? "(config root)" : node.Path;
}

using Chitin.Audit.Json5;

namespace Chitin.Audit.Fixes.Editing;

/// <summary>
/// The wanted config changes as a tree keyed by path segments: a node sets a value, removes a member, or only
/// holds children. Sets under one missing object become one inserted member.
/// </summary>
internal sealed class PatchNode
{
    private readonly List<(PathSegment Segment, PatchNode Node)> _children = [];

    public J5Node? Value { get; private set; }

    public bool Remove { get; private set; }

    public IReadOnlyList<(PathSegment Segment, PatchNode Node)> Children => _children;

    public bool IsEmpty => Value is null && !Remove && _children.Count == 0;

    /// <summary>Adds a set; false (nothing changed) when the path or an ancestor already has a different instruction.</summary>
    public bool TrySet(ConfigPath path, J5Node value) => TryPlace(path, 0, n =>
    {
        if (n.Remove || n._children.Count > 0 || (n.Value is not null && !ConfigValue.Same(n.Value, value)))
        {
            return false;
        }

        n.Value = value;
        return true;
    });

    public bool TryRemove(ConfigPath path) => TryPlace(path, 0, n =>
    {
        if (n.Value is not null || n._children.Count > 0)
        {
            return false;
        }

        n.Remove = true;
        return true;
    });

    /// <summary>The object the sets below this node describe (removes dropped), or null when there is nothing to write.</summary>
    public J5Node? Build()
    {
        if (Value is not null)
        {
            return ConfigValue.Copy(Value);
        }

        if (Remove)
        {
            return null;
        }

        var members = new List<J5Property>();
        foreach (var (seg, child) in _children)
        {
            if (!seg.IsIndex && child.Build() is { } v)
            {
                members.Add(new J5Property(seg.Key!, default, v));
            }
        }

        return members.Count == 0 ? null : new J5Object(members);
    }

    private bool TryPlace(ConfigPath path, int depth, Func<PatchNode, bool> place)
    {
        if (depth == path.Count)
        {
            return place(this);
        }

        if (Value is not null || Remove)
        {
            return false;
        }

        var seg = path.Segments[depth];
        var i = _children.FindIndex(c => c.Segment == seg);
        PatchNode child;
        if (i < 0)
        {
            child = new PatchNode();
            if (!child.TryPlace(path, depth + 1, place))
            {
                return false;
            }

            _children.Add((seg, child));
            return true;
        }

        child = _children[i].Node;
        return child.TryPlace(path, depth + 1, place);
    }
}

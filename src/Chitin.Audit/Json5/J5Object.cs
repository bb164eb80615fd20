namespace Chitin.Audit.Json5;

/// <summary>An object. Keeps every member in source order; lookups see the last member with a key (JSON5 semantics).</summary>
public sealed class J5Object : J5Node
{
    /// <summary>Objects up to this size look keys up by a linear scan; larger ones build an index.</summary>
    private const int IndexThreshold = 8;

    private readonly List<J5Property> _properties;

    /// <summary>Key to the position of its last member; null for small objects (scanned instead).</summary>
    private readonly Dictionary<string, int>? _lastIndex;
    private readonly int _count;

    public J5Object(IEnumerable<J5Property> properties, SourceSpan span = default, Json5Document? document = null)
        : this([.. properties], span, document, adopt: true)
    {
    }

    private J5Object(List<J5Property> properties, SourceSpan span, Json5Document? document, bool adopt)
        : base(span, document)
    {
        _ = adopt;
        _properties = properties;
        for (var i = 0; i < properties.Count; i++)
        {
            var v = properties[i].Value;
            v.Parent = this;
            v.Key = properties[i].Key;
            v.Index = -1;
        }

        if (properties.Count > IndexThreshold)
        {
            _lastIndex = new Dictionary<string, int>(properties.Count, StringComparer.Ordinal);
            for (var i = 0; i < properties.Count; i++)
            {
                _lastIndex[properties[i].Key] = i;
            }

            _count = _lastIndex.Count;
        }
        else
        {
            _count = properties.Count;
            for (var i = 1; i < properties.Count; i++)
            {
                if (LastIndexOf(properties[i].Key, i - 1) >= 0)
                {
                    _count--;
                }
            }
        }
    }

    /// <summary>All members in source order, duplicates included.</summary>
    public IReadOnlyList<J5Property> Properties => _properties;

    /// <summary>Effective members (last one per key), in order of first appearance.</summary>
    public IEnumerable<J5Property> Members
    {
        get
        {
            if (_count == _properties.Count)
            {
                return _properties;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var members = new List<J5Property>(_count);
            foreach (var p in _properties)
            {
                if (seen.Add(p.Key))
                {
                    members.Add(_properties[LastIndexOf(p.Key)]);
                }
            }

            return members;
        }
    }

    public IEnumerable<string> Keys => Members.Select(p => p.Key);

    /// <summary>Number of distinct keys.</summary>
    public int Count => _count;

    public J5Node? this[string key] => LastIndexOf(key) is var i and >= 0 ? _properties[i].Value : null;

    public J5Property? Property(string key) => LastIndexOf(key) is var i and >= 0 ? _properties[i] : null;

    public bool ContainsKey(string key) => LastIndexOf(key) >= 0;

    private int LastIndexOf(string key) =>
        _lastIndex is not null ? (_lastIndex.TryGetValue(key, out var i) ? i : -1) : LastIndexOf(key, _properties.Count - 1);

    private int LastIndexOf(string key, int from)
    {
        for (var i = from; i >= 0; i--)
        {
            if (string.Equals(_properties[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Builds an object that takes ownership of <paramref name="properties"/> (no copy).</summary>
    internal static J5Object Adopt(List<J5Property> properties, SourceSpan span, Json5Document? document) => new(properties, span, document, adopt: true);
}

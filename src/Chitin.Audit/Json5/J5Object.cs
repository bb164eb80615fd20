namespace Chitin.Audit.Json5;

/// <summary>An object. Keeps every member in source order; lookups see the last member with a key (JSON5 semantics).</summary>
public sealed class J5Object : J5Node
{
    private readonly List<J5Property> _properties;
    private readonly Dictionary<string, int> _lastIndex;

    public J5Object(IEnumerable<J5Property> properties, SourceSpan span = default, Json5Document? document = null)
        : this([.. properties], span, document, adopt: true)
    {
    }

    private J5Object(List<J5Property> properties, SourceSpan span, Json5Document? document, bool adopt)
        : base(span, document)
    {
        _ = adopt;
        _properties = properties;
        _lastIndex = new Dictionary<string, int>(properties.Count, StringComparer.Ordinal);
        for (var i = 0; i < _properties.Count; i++)
        {
            var p = _properties[i];
            p.Value.Parent = this;
            p.Value.Key = p.Key;
            p.Value.Index = -1;
            _lastIndex[p.Key] = i;
        }
    }

    /// <summary>All members in source order, duplicates included.</summary>
    public IReadOnlyList<J5Property> Properties => _properties;

    /// <summary>Effective members (last one per key), in order of first appearance.</summary>
    public IEnumerable<J5Property> Members
    {
        get
        {
            if (_lastIndex.Count == _properties.Count)
            {
                return _properties;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var members = new List<J5Property>(_lastIndex.Count);
            foreach (var p in _properties)
            {
                if (seen.Add(p.Key))
                {
                    members.Add(_properties[_lastIndex[p.Key]]);
                }
            }

            return members;
        }
    }

    public IEnumerable<string> Keys => Members.Select(p => p.Key);

    public int Count => _lastIndex.Count;

    public J5Node? this[string key] => _lastIndex.TryGetValue(key, out var i) ? _properties[i].Value : null;

    public J5Property? Property(string key) => _lastIndex.TryGetValue(key, out var i) ? _properties[i] : null;

    public bool ContainsKey(string key) => _lastIndex.ContainsKey(key);

    /// <summary>Builds an object that takes ownership of <paramref name="properties"/> (no copy).</summary>
    internal static J5Object Adopt(List<J5Property> properties, SourceSpan span, Json5Document? document) => new(properties, span, document, adopt: true);
}

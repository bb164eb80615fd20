namespace Chitin.Audit.Json5;

public sealed class J5Array : J5Node
{
    private readonly List<J5Node> _items;

    public J5Array(IEnumerable<J5Node> items, SourceSpan span = default, Json5Document? document = null)
        : this([.. items], span, document, adopt: true)
    {
    }

    private J5Array(List<J5Node> items, SourceSpan span, Json5Document? document, bool adopt)
        : base(span, document)
    {
        _ = adopt;
        _items = items;
        for (var i = 0; i < _items.Count; i++)
        {
            _items[i].Parent = this;
            _items[i].Index = i;
            _items[i].Key = null;
        }
    }

    public IReadOnlyList<J5Node> Items => _items;

    public int Count => _items.Count;

    public J5Node this[int index] => _items[index];

    /// <summary>Builds an array that takes ownership of <paramref name="items"/> (no copy; the caller drops its reference).</summary>
    internal static J5Array Adopt(List<J5Node> items, SourceSpan span, Json5Document? document) => new(items, span, document, adopt: true);
}

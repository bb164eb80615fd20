namespace Chitin.Audit.Json5;

public sealed class J5Array : J5Node
{
    private readonly List<J5Node> _items;

    public J5Array(IEnumerable<J5Node> items, SourceSpan span = default, Json5Document? document = null)
        : base(span, document)
    {
        _items = [.. items];
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
}

namespace Chitin.Audit.Json5;

public sealed class J5Bool(bool value, SourceSpan span = default, Json5Document? document = null) : J5Node(span, document)
{
    public bool Value { get; } = value;
}

namespace Chitin.Audit.Json5;

public sealed class J5String(string value, SourceSpan span = default, Json5Document? document = null) : J5Node(span, document)
{
    public string Value { get; } = value;
}

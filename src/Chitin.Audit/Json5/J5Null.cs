namespace Chitin.Audit.Json5;

public sealed class J5Null(SourceSpan span = default, Json5Document? document = null) : J5Node(span, document);

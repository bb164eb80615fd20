namespace Chitin.Audit.Json5;

/// <summary>One object member: its key, where the key was written, and its value.</summary>
public sealed record J5Property(string Key, SourceSpan KeySpan, J5Node Value);

namespace Chitin.Audit.Json5;

/// <summary>Where a value sits in its source text: character offsets plus the 1-based line and column of the start.</summary>
public readonly record struct SourceSpan(int Start, int End, int Line, int Column)
{
    public int Length => End - Start;
}

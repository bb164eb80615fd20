namespace Chitin.Audit.Json5;

public sealed class J5Number(double value, string raw, SourceSpan span = default, Json5Document? document = null) : J5Node(span, document)
{
    public double Value { get; } = value;

    /// <summary>The number as written (hex, sign, exponent preserved).</summary>
    public string Raw { get; } = raw;
}

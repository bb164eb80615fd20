namespace Chitin.Audit.Skills.Text;

/// <summary>Invisible characters on one line: kind (bidi, zero-width, tags, variation-selectors), how many, and the text tag characters spell.</summary>
public sealed record HiddenUnicodeHit(string Kind, int Line, int Count, string? Payload);

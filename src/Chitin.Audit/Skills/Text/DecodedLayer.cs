namespace Chitin.Audit.Skills.Text;

/// <summary>Text found by decoding a blob at <see cref="Offset"/> of its parent text.</summary>
/// <param name="Kind">base64, hex, octal, unicode-escape, url, char-codes.</param>
public sealed record DecodedLayer(string Kind, int Offset, int Length, string Text);

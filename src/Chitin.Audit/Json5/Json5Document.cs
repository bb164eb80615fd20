namespace Chitin.Audit.Json5;

/// <summary>One parsed file: its path, its full text (for span edits) and its root value.</summary>
public sealed class Json5Document
{
    internal Json5Document(string path, string text)
    {
        Path = path;
        Text = text;
    }

    public string Path { get; }

    public string Text { get; }

    public J5Node Root { get; internal set; } = null!;

    /// <summary>1-based line and column of a character offset.</summary>
    public (int Line, int Column) Position(int offset) => Json5Lines.Position(Text, offset);
}

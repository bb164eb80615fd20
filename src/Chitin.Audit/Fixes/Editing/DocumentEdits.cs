using Chitin.Audit.Json5;

namespace Chitin.Audit.Fixes.Editing;

/// <summary>
/// The text edits planned for one file, and what its re-parsed result must show at each edited file-local path
/// (a value, or <c>null</c> for a removed member). Everything not listed must read the same as before.
/// </summary>
internal sealed class DocumentEdits(Json5Document document)
{
    public Json5Document Document { get; } = document;

    public Json5Style Style { get; } = Json5Style.Detect(document);

    public List<TextEdit> Edits { get; } = [];

    public List<(ConfigPath Path, J5Node? Value)> Expectations { get; } = [];

    public void Add(int start, int end, string text) => Edits.Add(new TextEdit(start, end, text, Edits.Count));
}

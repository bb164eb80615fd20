namespace Chitin.Audit.Fixes.Planning;

/// <summary>The new content of one file, with what it held before (null for a new file) and redacted views for the diff.</summary>
public sealed record FilePlan
{
    public required string Path { get; init; }

    public required FileKindOfPlan Kind { get; init; }

    public string? OldText { get; init; }

    public required string NewText { get; init; }

    /// <summary>Mode for a new file (an existing file keeps its mode minus group and other bits).</summary>
    public int NewFileMode { get; init; } = 0x180;

    public string DisplayOld => OldText is null ? "" : Redact(OldText);

    public string DisplayNew => Redact(NewText);

    /// <summary>The unified diff of the redacted views (what may be shown to people), labelled <paramref name="label"/>.</summary>
    public string Diff(string label) => Fixes.Diff.UnifiedDiff.Render(label, OldText is null ? null : DisplayOld, DisplayNew);

    private string Redact(string text) => Kind switch
    {
        FileKindOfPlan.Config => Fixes.Diff.DiffRedaction.Config(text, Path),
        FileKindOfPlan.DotEnv => Fixes.Diff.DiffRedaction.DotEnv(text),
        _ => text,
    };
}

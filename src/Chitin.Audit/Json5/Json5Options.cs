namespace Chitin.Audit.Json5;

public sealed record Json5Options
{
    public static Json5Options Default { get; } = new();

    /// <summary>
    /// Deepest nesting of objects and arrays accepted; deeper input is rejected with a clear error. The reader does
    /// not recurse, so any value is safe for reading; 256 keeps trees shallow for code that walks them recursively.
    /// </summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>Largest input accepted, in bytes (OpenClaw itself caps each config file at 2 MB).</summary>
    public long MaxBytes { get; init; } = 2 * 1024 * 1024;
}

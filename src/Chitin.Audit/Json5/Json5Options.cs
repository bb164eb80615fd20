namespace Chitin.Audit.Json5;

public sealed record Json5Options
{
    public static Json5Options Default { get; } = new();

    /// <summary>Deepest nesting of objects and arrays accepted; deeper input is rejected with a clear error, not a stack overflow.</summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>Largest input accepted, in bytes (OpenClaw itself caps each config file at 2 MB).</summary>
    public long MaxBytes { get; init; } = 2 * 1024 * 1024;
}

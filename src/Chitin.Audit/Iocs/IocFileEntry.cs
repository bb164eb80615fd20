namespace Chitin.Audit.Iocs;

/// <summary>One entry of an <see cref="IocFile"/>.</summary>
public sealed class IocFileEntry
{
    public string Type { get; set; } = "";

    public string Value { get; set; } = "";

    public string Confidence { get; set; } = "";

    public string Source { get; set; } = "";

    public string? Note { get; set; }
}

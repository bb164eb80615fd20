namespace Chitin.Audit.Iocs;

/// <summary>What an indicator of compromise is.</summary>
public enum IocType
{
    Domain,
    Ip,
    Url,
    Sha256,
    Publisher,
    Slug,
    PayloadPrefix,
    ArchivePassword,
}

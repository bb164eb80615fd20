namespace Chitin.Audit.Iocs;

/// <summary>Wire names of <see cref="IocType"/> and <see cref="IocConfidence"/>.</summary>
public static class IocNames
{
    public static string Wire(this IocType type) => type switch
    {
        IocType.Domain => "domain",
        IocType.Ip => "ip",
        IocType.Url => "url",
        IocType.Sha256 => "sha256",
        IocType.Publisher => "publisher",
        IocType.Slug => "slug",
        IocType.PayloadPrefix => "payload-prefix",
        IocType.ArchivePassword => "archive-password",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static string Wire(this IocConfidence confidence) => confidence switch
    {
        IocConfidence.Confirmed => "confirmed",
        IocConfidence.Reported => "reported",
        _ => "unverified",
    };

    public static bool TryParseType(string? text, out IocType type)
    {
        foreach (var t in Enum.GetValues<IocType>())
        {
            if (string.Equals(t.Wire(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                type = t;
                return true;
            }
        }

        type = IocType.Domain;
        return false;
    }

    public static bool TryParseConfidence(string? text, out IocConfidence confidence)
    {
        foreach (var c in Enum.GetValues<IocConfidence>())
        {
            if (string.Equals(c.Wire(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                confidence = c;
                return true;
            }
        }

        confidence = IocConfidence.Unverified;
        return false;
    }
}

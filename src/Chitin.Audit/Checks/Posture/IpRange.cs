using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Chitin.Audit.Checks.Posture;

/// <summary>
/// An IP address or CIDR as written in OpenClaw config (<c>gateway.trustedProxies</c>,
/// <c>gateway.nodes.pairing.autoApproveCidrs</c>). Host bits beyond the prefix are ignored, as OpenClaw's
/// <c>isIpInCidr</c> ignores them.
/// </summary>
internal sealed record IpRange(IPAddress Network, int PrefixLength)
{
    public bool IsIPv6 => Network.AddressFamily == AddressFamily.InterNetworkV6;

    public int MaxPrefix => IsIPv6 ? 128 : 32;

    /// <summary>A /0: every address of its family.</summary>
    public bool IsEverything => PrefixLength == 0;

    public bool IsLoopback => Within(IsIPv6 ? Loopback6 : Loopback4);

    /// <summary>Entirely inside loopback, RFC 1918, CGNAT, link-local or IPv6 ULA/link-local space.</summary>
    public bool IsPrivateOrLocal => (IsIPv6 ? Private6 : Private4).Any(Within);

    /// <summary>
    /// Broad and public: IPv4 /8 or wider, IPv6 /32 or wider, that is not wholly private or loopback space.
    /// A proxy or pairing allowlist this wide trusts large parts of the internet.
    /// </summary>
    public bool IsBroadPublic => !IsPrivateOrLocal && PrefixLength <= (IsIPv6 ? 32 : 8);

    public override string ToString() => PrefixLength == MaxPrefix ? Network.ToString() : $"{Network}/{PrefixLength.ToString(CultureInfo.InvariantCulture)}";

    public static bool TryParse(string? text, out IpRange range)
    {
        range = new IpRange(IPAddress.None, 32);
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();
        var slash = s.IndexOf('/', StringComparison.Ordinal);
        var addrText = slash < 0 ? s : s[..slash];
        if (!IPAddress.TryParse(addrText, out var addr))
        {
            return false;
        }

        if (addr.IsIPv4MappedToIPv6)
        {
            addr = addr.MapToIPv4();
        }

        var max = addr.AddressFamily == AddressFamily.InterNetworkV6 ? 128 : 32;
        var prefix = max;
        if (slash >= 0 && (!int.TryParse(s[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out prefix) || prefix > max))
        {
            return false;
        }

        range = new IpRange(Mask(addr, prefix), prefix);
        return true;
    }

    public bool Contains(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return address.AddressFamily == Network.AddressFamily && Mask(address, PrefixLength).Equals(Network);
    }

    /// <summary>True when this whole range lies inside <paramref name="outer"/>.</summary>
    public bool Within(IpRange outer) => outer.Network.AddressFamily == Network.AddressFamily && PrefixLength >= outer.PrefixLength && outer.Contains(Network);

    private static IPAddress Mask(IPAddress address, int prefix)
    {
        var bytes = address.GetAddressBytes();
        for (var i = 0; i < bytes.Length; i++)
        {
            var bitsHere = Math.Clamp(prefix - (i * 8), 0, 8);
            bytes[i] &= (byte)(0xFF << (8 - bitsHere));
        }

        return new IPAddress(bytes);
    }

    private static IpRange P(string s) => TryParse(s, out var r) ? r : throw new InvalidOperationException(s);

    private static readonly IpRange Loopback4 = P("127.0.0.0/8");
    private static readonly IpRange Loopback6 = P("::1/128");
    private static readonly IpRange[] Private4 = [P("127.0.0.0/8"), P("10.0.0.0/8"), P("172.16.0.0/12"), P("192.168.0.0/16"), P("100.64.0.0/10"), P("169.254.0.0/16")];
    private static readonly IpRange[] Private6 = [P("::1/128"), P("fc00::/7"), P("fe80::/10")];
}

using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Chitin.Cells.Firewall;

/// <summary>One cell's network as the firewall sees it: the host side of its bridge and what it may reach.</summary>
public sealed record CellNetwork
{
    /// <summary>Cell name, used in rule comments only.</summary>
    public required string Cell { get; init; }

    /// <summary>The bridge interface on the host (e.g. <c>br-0123456789ab</c> or a name set at network creation).</summary>
    public required string BridgeInterface { get; init; }

    /// <summary>When true, the cell may open no connection beyond its bridge (no internet, no LAN).</summary>
    public bool DenyEgress { get; init; }

    /// <summary>Host TCP ports the cell may connect to on the host itself (everything else on the host is dropped).</summary>
    public IReadOnlyList<int> AllowHostTcpPorts { get; init; } = [];

    /// <summary>Destinations the cell may reach although they are private or egress is denied.</summary>
    public IReadOnlyList<EgressAllow> Allow { get; init; } = [];
}

/// <summary>An explicit exception: a CIDR and optionally one TCP port.</summary>
public sealed record EgressAllow(string Cidr, int? TcpPort = null);

/// <summary>
/// The rules Chitin keeps in the host firewall for its cells, as a pure function of the cells' networks.
/// Two chains of the filter table, both owned by Chitin and rebuilt whole on every apply:
/// <list type="bullet">
/// <item><c>CHITIN-CELLS</c> (see <see cref="FirewallChains"/>), jumped to first from <c>DOCKER-USER</c> (forwarded traffic): replies pass; a cell
/// reaches no other bridge (no other cell, no other container network); private, link-local and metadata
/// ranges are dropped unless allowed; with egress denied, nothing leaves the bridge.</item>
/// <item><c>CHITIN-CELLS-IN</c>, jumped to first from <c>INPUT</c> (traffic to the host itself, e.g. a service
/// bound to all interfaces reached through the bridge gateway): replies pass; allowed TCP ports pass;
/// everything else from a cell bridge is dropped.</item>
/// </list>
/// Traffic that matches no Chitin rule returns to Docker's own chains unchanged.
/// </summary>
public static partial class FirewallPlan
{

    /// <summary>Ranges a cell must not reach unless explicitly allowed: the host's LANs, link-local, cloud metadata, CGNAT.</summary>
    public static readonly IReadOnlyList<string> PrivateRanges =
        ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "100.64.0.0/10", "127.0.0.0/8"];

    /// <summary>Validates the input; throws <see cref="FirewallException"/> naming the bad field.</summary>
    public static void Validate(IReadOnlyList<CellNetwork> cells)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in cells)
        {
            if (!InterfaceName().IsMatch(c.BridgeInterface))
            {
                throw new FirewallException($"cell '{c.Cell}': '{c.BridgeInterface}' is not a valid interface name (1-15 characters: letters, digits, '-', '_', '.')");
            }

            if (!seen.Add(c.BridgeInterface))
            {
                throw new FirewallException($"cell '{c.Cell}': bridge '{c.BridgeInterface}' is listed twice");
            }

            foreach (var port in c.AllowHostTcpPorts)
            {
                if (port is < 1 or > 65535)
                {
                    throw new FirewallException($"cell '{c.Cell}': host port {port} is out of range 1-65535");
                }
            }

            foreach (var a in c.Allow)
            {
                if (!IPNetwork.TryParse(a.Cidr, out var net) || net.BaseAddress.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork)
                {
                    throw new FirewallException($"cell '{c.Cell}': '{a.Cidr}' is not an IPv4 CIDR (e.g. 203.0.113.0/24)");
                }

                if (a.TcpPort is < 1 or > 65535)
                {
                    throw new FirewallException($"cell '{c.Cell}': port {a.TcpPort} of {a.Cidr} is out of range 1-65535");
                }
            }

            if (c.Cell.Any(ch => char.IsControl(ch) || ch == '"'))
            {
                throw new FirewallException("a cell name contains a quote or a control character");
            }
        }
    }

    /// <summary>The rules of both chains, in order, as iptables arguments (without the <c>-A CHAIN</c> prefix).</summary>
    public static (IReadOnlyList<string> Forward, IReadOnlyList<string> Input) Rules(IReadOnlyList<CellNetwork> cells)
    {
        Validate(cells);
        var forward = new List<string>();
        var input = new List<string>();
        var ordered = cells.OrderBy(c => c.BridgeInterface, StringComparer.Ordinal).ToList();
        if (ordered.Count > 0)
        {
            forward.Add("-m conntrack --ctstate RELATED,ESTABLISHED -j RETURN");
            input.Add("-m conntrack --ctstate RELATED,ESTABLISHED -j RETURN");
        }

        foreach (var c in ordered)
        {
            var i = c.BridgeInterface;
            var tag = Comment(c.Cell);

            // Into the cell: only from the host (the edge) or its own bridge; never from another bridge.
            forward.Add($"! -i {i} -o {i} {tag} -j DROP");

            // Out of the cell: explicit allows first, then a cell never reaches another bridge (another cell).
            foreach (var a in c.Allow)
            {
                forward.Add(a.TcpPort is { } p
                    ? $"-i {i} -d {a.Cidr} -p tcp --dport {p.ToString(CultureInfo.InvariantCulture)} {tag} -j RETURN"
                    : $"-i {i} -d {a.Cidr} {tag} -j RETURN");
            }

            forward.Add($"-i {i} -o br+ {tag} -j DROP");
            forward.Add($"-i {i} -o docker+ {tag} -j DROP");
            if (c.DenyEgress)
            {
                forward.Add($"-i {i} ! -o {i} {tag} -j DROP");
            }
            else
            {
                foreach (var range in PrivateRanges)
                {
                    forward.Add($"-i {i} -d {range} {tag} -j DROP");
                }
            }

            // To the host itself: allowed ports, then nothing.
            foreach (var port in c.AllowHostTcpPorts.Distinct().Order())
            {
                input.Add($"-i {i} -p tcp --dport {port.ToString(CultureInfo.InvariantCulture)} {tag} -j RETURN");
            }

            input.Add($"-i {i} {tag} -j DROP");
        }

        return (forward, input);
    }

    /// <summary>
    /// The <c>iptables-restore --noflush</c> input that replaces both Chitin chains in one transaction. Declaring
    /// a chain flushes it, so applying twice gives the same rules (idempotent); other chains are untouched.
    /// </summary>
    public static string RestoreScript(IReadOnlyList<CellNetwork> cells, FirewallChains chains)
    {
        var (forward, input) = Rules(cells);
        chains.Validate();
        var sb = new StringBuilder();
        sb.Append("*filter\n");
        sb.Append(':').Append(chains.Forward).Append(" - [0:0]\n");
        sb.Append(':').Append(chains.Input).Append(" - [0:0]\n");
        foreach (var r in forward)
        {
            sb.Append("-A ").Append(chains.Forward).Append(' ').Append(r).Append('\n');
        }

        foreach (var r in input)
        {
            sb.Append("-A ").Append(chains.Input).Append(' ').Append(r).Append('\n');
        }

        sb.Append("COMMIT\n");
        return sb.ToString();
    }

    private static string Comment(string cell) => $"-m comment --comment \"chitin cell {cell}\"";

    [GeneratedRegex(@"^[A-Za-z0-9_.\-]{1,15}$", RegexOptions.CultureInvariant)]
    private static partial Regex InterfaceName();
}

/// <summary>
/// The names of Chitin's two chains and where they are jumped from. <see cref="Default"/> in production; tests
/// use their own names so they never touch a host's real rules.
/// </summary>
public sealed partial record FirewallChains(string Forward, string Input)
{
    public static readonly FirewallChains Default = new("CHITIN-CELLS", "CHITIN-CELLS-IN");

    /// <summary>(parent chain, Chitin chain): forwarded traffic via DOCKER-USER, traffic to the host via INPUT.</summary>
    public IReadOnlyList<(string Parent, string Chain)> Jumps => [("DOCKER-USER", Forward), ("INPUT", Input)];

    /// <summary>Throws unless both names are valid iptables chain names (1-28 characters).</summary>
    public void Validate()
    {
        foreach (var name in new[] { Forward, Input })
        {
            if (!ChainName().IsMatch(name))
            {
                throw new FirewallException($"'{name}' is not a valid chain name (1-28 characters: A-Z, 0-9, '-', '_')");
            }
        }
    }

    [GeneratedRegex("^[A-Z0-9_-]{1,28}$", RegexOptions.CultureInvariant)]
    private static partial Regex ChainName();
}

/// <summary>A firewall input or host problem, with a message fit for the user.</summary>
public sealed class FirewallException(string message, Exception? inner = null) : Exception(message, inner);

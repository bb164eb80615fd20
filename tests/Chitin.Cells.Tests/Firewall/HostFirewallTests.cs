using System.Net;
using System.Net.Sockets;
using Chitin.Cells.Firewall;

namespace Chitin.Cells.Tests.Firewall;

/// <summary>
/// The firewall against the real kernel: two cells on their own bridges, a listener on all interfaces of the
/// host, and a network namespace created here that stands for the internet (a TEST-NET-2 address) and for a LAN
/// service (a 10.x address). Probes run inside the cells with busybox wget. Chains get per-run names, so a
/// host's real rules are never touched; everything is removed at the end, also on failure.
/// </summary>
[Trait("Category", "Docker")]
public sealed class HostFirewallTests : IAsyncLifetime, IDisposable
{
    private readonly string id = Guid.NewGuid().ToString("N")[..6];
    private readonly FirewallChains chains;
    private readonly List<string> containers = [];
    private readonly List<string> networks = [];
    private readonly TcpListener hostListener = new(IPAddress.Any, 0);
    private readonly CancellationTokenSource stop = new();
    private string ns = "";
    private string vethHost = "";
    private int octet;
    private bool netnsCreated;
    private DirectoryInfo? www;

    public HostFirewallTests()
    {
        chains = new FirewallChains("CHT-" + id.ToUpperInvariant(), "CHT-" + id.ToUpperInvariant() + "-IN");
    }

    private HostFirewall Firewall => new(chains);

    private string CellA => $"chf-{id}-a";

    private string CellB => $"chf-{id}-b";

    private string BridgeA => $"chf{id}a";

    private string BridgeB => $"chf{id}b";

    private string PublicIp => $"198.51.100.{octet + 2}";

    private string LanIp => $"10.213.{octet}.2";

    public async Task InitializeAsync()
    {
        try
        {
            await SetUpAsync();
        }
        catch
        {
            // xunit does not dispose a fixture whose initialization failed: clean up here.
            await DisposeAsync();
            throw;
        }
    }

    private async Task SetUpAsync()
    {
        var image = await Sh.BusyboxImageAsync();
        foreach (var (cell, bridge) in new[] { (CellA, BridgeA), (CellB, BridgeB) })
        {
            await Sh.MustAsync("docker", "network", "create", "--label", "chitin.test=firewall", "-o", "com.docker.network.bridge.enable_icc=false", "-o", "com.docker.network.bridge.name=" + bridge, cell);
            networks.Add(cell);
            await Sh.MustAsync("docker", "run", "-d", "--name", cell, "--network", cell, "--label", "chitin.test=firewall", image, "httpd", "-f", "-p", "8080", "-h", "/www");
            containers.Add(cell);
        }

        // Host service on all interfaces: what a cell must not reach through its bridge gateway.
        hostListener.Start();
        _ = ServeAsync(hostListener, stop.Token);

        // A namespace with a public and a private address, routed from the host.
        octet = 4 * Random.Shared.Next(1, 60);
        ns = "chf-" + id;
        vethHost = "chfv" + id;
        await Sh.MustAsync("ip", "netns", "add", ns);
        netnsCreated = true;
        await Sh.MustAsync("ip", "link", "add", vethHost, "type", "veth", "peer", "name", vethHost + "p");
        await Sh.MustAsync("ip", "link", "set", vethHost + "p", "netns", ns);
        await Sh.MustAsync("ip", "addr", "add", $"198.51.100.{octet + 1}/30", "dev", vethHost);
        await Sh.MustAsync("ip", "addr", "add", $"10.213.{octet}.1/30", "dev", vethHost);
        await Sh.MustAsync("ip", "link", "set", vethHost, "up");
        await Sh.MustAsync("ip", "netns", "exec", ns, "ip", "addr", "add", PublicIp + "/30", "dev", vethHost + "p");
        await Sh.MustAsync("ip", "netns", "exec", ns, "ip", "addr", "add", LanIp + "/30", "dev", vethHost + "p");
        await Sh.MustAsync("ip", "netns", "exec", ns, "ip", "link", "set", vethHost + "p", "up");
        await Sh.MustAsync("ip", "netns", "exec", ns, "ip", "link", "set", "lo", "up");
        await Sh.MustAsync("ip", "netns", "exec", ns, "ip", "route", "add", "default", "via", $"198.51.100.{octet + 1}");
        www = Directory.CreateTempSubdirectory("chitin-fw-www-");
        File.WriteAllText(Path.Combine(www.FullName, "index.html"), "outside-ok\n");
        await Sh.MustAsync("ip", "netns", "exec", ns, "/bin/busybox", "httpd", "-p", "8080", "-h", www.FullName);
    }

    public async Task DisposeAsync()
    {
        await stop.CancelAsync();
        hostListener.Stop();
        try
        {
            await Firewall.RemoveAsync();
        }
        finally
        {
            foreach (var c in containers)
            {
                await Sh.RunAsync("docker", "rm", "-f", c);
            }

            foreach (var n in networks)
            {
                await Sh.RunAsync("docker", "network", "rm", n);
            }

            if (netnsCreated)
            {
                // Deleting the namespace ends busybox httpd in it only once its processes are gone: kill them by PID.
                var (_, pids, _) = await Sh.RunAsync("ip", "netns", "pids", ns);
                foreach (var pid in pids.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    await Sh.RunAsync("kill", "-9", pid.Trim());
                }

                await Sh.RunAsync("ip", "link", "del", vethHost);
                await Sh.RunAsync("ip", "netns", "del", ns);
            }

            www?.Delete(recursive: true);
        }
    }

    public void Dispose()
    {
        stop.Dispose();
        hostListener.Dispose();
    }

    [Fact]
    public async Task Cells_reach_neither_host_services_nor_lan_nor_each_other_and_the_edge_still_reaches_them()
    {
        var gatewayA = await Sh.MustAsync("docker", "network", "inspect", "-f", "{{(index .IPAM.Config 0).Gateway}}", CellA);
        var ipA = await IpOf(CellA);
        var ipB = await IpOf(CellB);
        var hostPort = ((IPEndPoint)hostListener.LocalEndpoint).Port;

        // Without Chitin's rules: the host service and the LAN are reachable from a cell (the gap being closed).
        Assert.True(await Probe(CellA, gatewayA, hostPort), "precondition: a cell reaches a host service bound to all interfaces");
        Assert.True(await Probe(CellA, LanIp, 8080), "precondition: a cell reaches a LAN address");
        Assert.True(await Probe(CellA, PublicIp, 8080), "precondition: a cell reaches a public address");

        var cells = new[]
        {
            new CellNetwork { Cell = CellA, BridgeInterface = BridgeA },
            new CellNetwork { Cell = CellB, BridgeInterface = BridgeB },
        };
        await Firewall.ApplyAsync(cells);
        var first = await Firewall.ShowAsync();
        await Firewall.ApplyAsync(cells);
        Assert.Equal(first, await Firewall.ShowAsync()); // idempotent
        Assert.Single(first, l => l == $"-A DOCKER-USER -j {chains.Forward}");
        Assert.Single(first, l => l == $"-A INPUT -j {chains.Input}");

        Assert.False(await Probe(CellA, gatewayA, hostPort), "cell A reached a host service");
        Assert.False(await Probe(CellA, LanIp, 8080), "cell A reached a private address");
        Assert.False(await Probe(CellA, ipB, 8080), "cell A reached cell B");
        Assert.False(await Probe(CellB, ipA, 8080), "cell B reached cell A");
        Assert.True(await Probe(CellA, PublicIp, 8080), "egress to a public address is allowed by default");
        Assert.True(await FromHost($"http://{ipA}:8080/"), "the host (the edge) must still reach a cell");
        Assert.True(await FromHost($"http://{ipB}:8080/"), "the host (the edge) must still reach a cell");

        // Egress denied, with one explicit exception and one allowed host port.
        await Firewall.ApplyAsync(
        [
            cells[0] with { DenyEgress = true, AllowHostTcpPorts = [hostPort] },
            cells[1] with { DenyEgress = true, Allow = [new EgressAllow(PublicIp + "/32", 8080)] },
        ]);
        Assert.False(await Probe(CellA, PublicIp, 8080), "cell A reached a public address with egress denied");
        Assert.True(await Probe(CellA, gatewayA, hostPort), "an allowed host port must be reachable");
        Assert.True(await Probe(CellB, PublicIp, 8080), "an explicit allow must pass with egress denied");
        Assert.False(await Probe(CellB, LanIp, 8080), "cell B reached a private address");
        Assert.False(await Probe(CellB, gatewayA, hostPort), "cell B reached the host service through another gateway");

        // Removal restores the host as it was, and removing twice is fine.
        await Firewall.RemoveAsync();
        await Firewall.RemoveAsync();
        Assert.Empty(await Firewall.ShowAsync());
        Assert.True(await Probe(CellA, gatewayA, hostPort), "after removal the host service is reachable again");
    }

    private static async Task<string> IpOf(string container) =>
        await Sh.MustAsync("docker", "inspect", "-f", "{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}", container);

    /// <summary>An HTTP request with busybox nc from inside the container; true when a server answered "…-ok".</summary>
    private static async Task<bool> Probe(string container, string address, int port)
    {
        var request = "printf 'GET / HTTP/1.0\\r\\n\\r\\n' | nc -w 3 " + address + " " + port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (_, output, _) = await Sh.RunAsync("docker", "exec", container, "sh", "-c", request);
        return output.Contains("-ok", StringComparison.Ordinal);
    }

    private static async Task<bool> FromHost(string url)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            return (await http.GetAsync(new Uri(url))).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    private static async Task ServeAsync(TcpListener listener, CancellationToken ct)
    {
        var reply = "HTTP/1.0 200 OK\r\nContent-Length: 8\r\n\r\nhost-ok\n"u8.ToArray();
        while (!ct.IsCancellationRequested)
        {
            try
            {
                using var client = await listener.AcceptTcpClientAsync(ct);
                var stream = client.GetStream();
                var buffer = new byte[1024];
                _ = await stream.ReadAsync(buffer, ct);
                await stream.WriteAsync(reply, ct);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
            {
                if (ct.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }
}

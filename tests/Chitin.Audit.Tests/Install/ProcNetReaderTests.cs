using Chitin.Audit.Install;

namespace Chitin.Audit.Tests.Install;

public sealed class ProcNetReaderTests
{
    private const string Header = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode";

    [Fact]
    public void Parses_ipv4_listeners_and_skips_other_states()
    {
        string[] lines =
        [
            Header,
            "   0: 0100007F:4965 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 12345 1 0000000000000000 100 0 0 10 0",
            "   1: 00000000:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 23456 1 0000000000000000 100 0 0 10 0",
            "   2: 0100007F:4965 0100007F:D2F0 01 00000000:00000000 00:00000000 00000000  1000        0 34567 1 0000000000000000 20 4 30 10 -1",
        ];
        var l = ProcNetReader.Parse(lines, v6: false).ToList();
        Assert.Equal(2, l.Count);
        Assert.Equal(new Listener("127.0.0.1", 18789, false, 1000, 12345), l[0]);
        Assert.True(l[0].IsLoopback);
        Assert.Equal("0.0.0.0", l[1].Address);
        Assert.Equal(8080, l[1].Port);
        Assert.True(l[1].IsAllInterfaces);
    }

    [Fact]
    public void Parses_ipv6_any_and_loopback()
    {
        string[] lines =
        [
            Header,
            "   0: 00000000000000000000000000000000:4965 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1 1 0000000000000000 100 0 0 10 0",
            "   1: 00000000000000000000000001000000:4965 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 2 1 0000000000000000 100 0 0 10 0",
        ];
        var l = ProcNetReader.Parse(lines, v6: true).ToList();
        Assert.Equal("::", l[0].Address);
        Assert.True(l[0].IsAllInterfaces);
        Assert.Equal("::1", l[1].Address);
        Assert.True(l[1].IsLoopback);
    }

    [Fact]
    public void Reads_this_machines_proc_net_and_sees_a_socket_we_open()
    {
        using var server = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        server.Start();
        var port = ((System.Net.IPEndPoint)server.LocalEndpoint).Port;
        var l = ProcNetReader.Read();
        Assert.NotNull(l);
        Assert.Contains(l, x => x.Port == port && x.IsLoopback);
    }

    [Fact]
    public void Missing_proc_net_is_null_not_a_crash() => Assert.Null(ProcNetReader.Read("/nonexistent/proc/net"));
}

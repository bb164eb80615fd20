using Chitin.Cells.Firewall;

namespace Chitin.Cells.Tests.Firewall;

public sealed class FirewallPlanTests
{
    private static readonly FirewallChains Chains = FirewallChains.Default;

    [Fact]
    public void No_cells_gives_empty_chains_that_still_replace_old_rules()
    {
        var script = FirewallPlan.RestoreScript([], Chains);
        Assert.Equal("*filter\n:CHITIN-CELLS - [0:0]\n:CHITIN-CELLS-IN - [0:0]\nCOMMIT\n", script);
    }

    [Fact]
    public void A_cell_is_cut_off_from_other_bridges_private_ranges_and_the_host()
    {
        var (forward, input) = FirewallPlan.Rules([new CellNetwork { Cell = "acme", BridgeInterface = "chc-acme" }]);
        Assert.Equal("-m conntrack --ctstate RELATED,ESTABLISHED -j RETURN", forward[0]);
        Assert.Contains(forward, r => r.StartsWith("! -i chc-acme -o chc-acme", StringComparison.Ordinal) && r.EndsWith("-j DROP", StringComparison.Ordinal));
        Assert.Contains(forward, r => r.StartsWith("-i chc-acme -o br+ ", StringComparison.Ordinal) && r.EndsWith("-j DROP", StringComparison.Ordinal));
        foreach (var range in FirewallPlan.PrivateRanges)
        {
            Assert.Contains(forward, r => r.StartsWith($"-i chc-acme -d {range} ", StringComparison.Ordinal) && r.EndsWith("-j DROP", StringComparison.Ordinal));
        }

        Assert.Contains("169.254.0.0/16", FirewallPlan.PrivateRanges); // cloud metadata
        Assert.Equal("-m conntrack --ctstate RELATED,ESTABLISHED -j RETURN", input[0]);
        Assert.Equal("-i chc-acme -m comment --comment \"chitin cell acme\" -j DROP", input[^1]);
    }

    [Fact]
    public void Explicit_allows_come_before_the_drops_and_egress_deny_drops_everything_else()
    {
        var cell = new CellNetwork
        {
            Cell = "acme",
            BridgeInterface = "chc-acme",
            DenyEgress = true,
            AllowHostTcpPorts = [8443, 8443],
            Allow = [new EgressAllow("203.0.113.0/24", 443), new EgressAllow("10.1.2.3/32")],
        };
        var (forward, input) = FirewallPlan.Rules([cell]);
        var allow = forward.ToList().FindIndex(r => r.Contains("-d 203.0.113.0/24 -p tcp --dport 443", StringComparison.Ordinal) && r.EndsWith("-j RETURN", StringComparison.Ordinal));
        var allowPrivate = forward.ToList().FindIndex(r => r.Contains("-d 10.1.2.3/32", StringComparison.Ordinal) && r.EndsWith("-j RETURN", StringComparison.Ordinal));
        var deny = forward.ToList().FindIndex(r => r.StartsWith("-i chc-acme ! -o chc-acme", StringComparison.Ordinal));
        Assert.True(allow > 0 && allowPrivate > 0 && deny > allow && deny > allowPrivate);
        Assert.DoesNotContain(forward, r => r.Contains("-d 10.0.0.0/8", StringComparison.Ordinal)); // egress deny covers it
        Assert.Single(input, r => r.Contains("--dport 8443", StringComparison.Ordinal));
        Assert.True(input.ToList().FindIndex(r => r.Contains("--dport 8443", StringComparison.Ordinal)) < input.Count - 1);
    }

    [Fact]
    public void Rules_do_not_depend_on_input_order()
    {
        var a = new CellNetwork { Cell = "a", BridgeInterface = "chc-a" };
        var b = new CellNetwork { Cell = "b", BridgeInterface = "chc-b", DenyEgress = true };
        Assert.Equal(FirewallPlan.RestoreScript([a, b], Chains), FirewallPlan.RestoreScript([b, a], Chains));
    }

    [Theory]
    [InlineData("bad name", null, null, "not a valid interface name")]
    [InlineData("this-name-is-too-long", null, null, "not a valid interface name")]
    [InlineData("chc-a;reboot", null, null, "not a valid interface name")]
    [InlineData("chc-a", 0, null, "out of range")]
    [InlineData("chc-a", null, "10.0.0.0/33", "not an IPv4 CIDR")]
    [InlineData("chc-a", null, "::/0", "not an IPv4 CIDR")]
    [InlineData("chc-a", null, "1.2.3.4/32 -j ACCEPT", "not an IPv4 CIDR")]
    public void Bad_input_is_refused_with_a_clear_message(string iface, int? hostPort, string? cidr, string expected)
    {
        var cell = new CellNetwork
        {
            Cell = "acme",
            BridgeInterface = iface,
            AllowHostTcpPorts = hostPort is { } p ? [p] : [],
            Allow = cidr is null ? [] : [new EgressAllow(cidr)],
        };
        var e = Assert.Throws<FirewallException>(() => FirewallPlan.Rules([cell]));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bridge_listed_twice_and_a_quote_in_a_name_are_refused()
    {
        var a = new CellNetwork { Cell = "a", BridgeInterface = "chc-a" };
        Assert.Throws<FirewallException>(() => FirewallPlan.Rules([a, a with { Cell = "b" }]));
        Assert.Throws<FirewallException>(() => FirewallPlan.Rules([a with { Cell = "x\" -j ACCEPT" }]));
        Assert.Throws<FirewallException>(() => new FirewallChains("chitin cells", "X").Validate());
    }

    [Fact]
    public async Task A_missing_parent_chain_gives_a_clear_error()
    {
        var fw = new HostFirewall(Chains, iptables: "/nonexistent/iptables", iptablesRestore: "/nonexistent/iptables-restore");
        var e = await Assert.ThrowsAsync<FirewallException>(() => fw.ApplyAsync([]));
        Assert.Contains("install iptables", e.Message, StringComparison.Ordinal);
    }
}

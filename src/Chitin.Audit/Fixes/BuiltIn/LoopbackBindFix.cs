using Chitin.Audit.Install;

namespace Chitin.Audit.Fixes.BuiltIn;

/// <summary>
/// Keeps the gateway off the network: <c>gateway.bind</c> to <c>loopback</c> (remote access goes through an SSH
/// tunnel or the tailnet) and a public Tailscale Funnel down to tailnet-only Serve. Inside a container the
/// target bind is <c>lan</c> published on 127.0.0.1 by the run file, so the fix leaves the bind to the profile.
/// </summary>
internal sealed class LoopbackBindFix : IFix
{
    public string Id => "FIX-BIND-LOOPBACK";

    public string Title => "Bind the gateway to loopback";

    public IReadOnlyList<string> CheckIds { get; } =
    [
        "CHI-NET-001", "CHI-NET-010", "CHI-NET-011", "CHI-NET-017", "CHI-NET-031", "CHI-NET-033",
        "gateway.bind_no_auth", "gateway.control_ui.allowed_origins_required", "gateway.auth_no_rate_limit", "gateway.tailscale_funnel",
    ];

    public IEnumerable<FixChange> Plan(OpenClawInstall install, FixContext context)
    {
        var c = install.Config;
        var bind = c.GetString("gateway.bind");
        if (context.Target.Bind == "loopback" && bind is not null && bind != "loopback")
        {
            if (install.GatewayContainer is not null)
            {
                yield return new FixNote { Reason = $"gateway.bind is \"{bind}\" and the gateway runs in container {install.GatewayContainer.Name}; a loopback bind would cut it off from its published port. Publish the port on 127.0.0.1 only instead (see chitin harden --profile docker)." };
            }
            else
            {
                yield return new ConfigSet(ConfigPath.Parse("gateway.bind"), ConfigValue.Str("loopback"))
                {
                    Reason = $"\"{bind}\" listens beyond this host; reach the gateway through an SSH tunnel or the tailnet instead",
                };
                if (c.Get("gateway.customBindHost") is not null)
                {
                    yield return new ConfigRemove(ConfigPath.Parse("gateway.customBindHost")) { Reason = "only used with bind \"custom\"" };
                }
            }
        }

        if (c.GetString("gateway.tailscale.mode") == "funnel")
        {
            yield return new ConfigSet(ConfigPath.Parse("gateway.tailscale.mode"), ConfigValue.Str("serve"))
            {
                Reason = "Funnel publishes the gateway on the public internet; Serve keeps it on your tailnet",
            };
        }
    }
}

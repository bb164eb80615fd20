using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Fixes;
using Chitin.Audit.Install;
using static Chitin.Audit.Fixes.ConfigValue;

namespace Chitin.Audit.Profiles;

/// <summary>
/// A tenant's gateway behind an authenticating TLS edge: trusted-proxy auth that believes only the edge's exact
/// address, the edge's user header and a list of allowed users; the tenant's https origin for the Control UI;
/// container flags as the docker profile, reachable only on the private edge network.
/// </summary>
internal sealed class HostedProfile : DockerProfile
{
    public override string Name => "hosted";

    public override string Summary => "tenant gateway behind an authenticating TLS edge";

    public override FixTarget Target { get; } = new() { Bind = "lan", AuthMode = "trusted-proxy" };

    public override string? Validate(ProfileOptions options)
    {
        if (options.Origin is not { } o || !Uri.TryCreate(o, UriKind.Absolute, out var uri) || uri.Scheme != "https" || uri.AbsolutePath != "/")
        {
            return "--profile hosted needs --origin https://<tenant host> (the public https origin the edge serves)";
        }

        if (!IpRange.TryParse(options.ProxyAddress, out var r) || r.PrefixLength != r.MaxPrefix)
        {
            return "--proxy-address must be the single IP address the edge proxy connects from";
        }

        if (options.AllowUsers.Count == 0)
        {
            return "--profile hosted needs at least one --allow-user (the users the edge may pass through)";
        }

        return string.IsNullOrWhiteSpace(options.UserHeader) ? "--user-header must not be empty" : null;
    }

    public override IEnumerable<FixChange> Settings(OpenClawInstall install, ProfileOptions options) =>
        HardenedBaseline.Apply(install, options, "lan")
            .Set("gateway.trustedProxies", Strings([options.ProxyAddress]), "only the edge may assert who the user is")
            .Set("gateway.auth.mode", Str("trusted-proxy"), "the edge authenticates users; the gateway believes only the edge")
            .Set("gateway.auth.trustedProxy", Obj(
                ("userHeader", Str(options.UserHeader)),
                ("allowUsers", Strings(options.AllowUsers)),
                ("allowLoopback", Bool(false))), "the edge's user header, the allowed users, no loopback shortcut")
            .Remove("gateway.auth.token", "trusted-proxy auth uses no shared token")
            .Remove("gateway.auth.password", "trusted-proxy auth uses no password")
            .Set("browser.enabled", Bool(false), "browser control routes would have no gateway secret under trusted-proxy auth")
            .Set("gateway.allowRealIpFallback", Bool(false), "client addresses come from X-Forwarded-For set by the edge")
            .Set("gateway.controlUi.allowedOrigins", Strings([options.Origin!.TrimEnd('/')]), "the tenant's https origin only")
            .Changes;
}

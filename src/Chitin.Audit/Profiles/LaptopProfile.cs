using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Fixes;
using Chitin.Audit.Install;
using static Chitin.Audit.Fixes.ConfigValue;

namespace Chitin.Audit.Profiles;

/// <summary>
/// A gateway on your own machine: loopback only, token auth from .env, pairing DMs, allowlisted groups,
/// sandboxed non-main sessions, approvals for host exec. A local reverse proxy on 127.0.0.1 is trusted for
/// forwarded headers, which is harmless without one.
/// </summary>
internal sealed class LaptopProfile : HardenProfile
{
    public override string Name => "laptop";

    public override string Summary => "gateway on this machine, loopback only";

    public override FixTarget Target => FixTarget.Default;

    public override IEnumerable<FixChange> Settings(OpenClawInstall install, ProfileOptions options) =>
        HardenedBaseline.Apply(install, options, "loopback")
            .Replace("gateway.trustedProxies", OnlyBroad, Strings(["127.0.0.1"]), "a local reverse proxy may forward client addresses; nothing else may")
            .Changes;

    /// <summary>An empty list, or one whose every entry covers the internet.</summary>
    private static bool OnlyBroad(Json5.J5Node node) =>
        node is Json5.J5Array a && a.Items.All(i => i is Json5.J5String s && IpRange.TryParse(s.Value, out var r) && (r.IsEverything || r.IsBroadPublic));
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Network;

internal sealed class BroadTrustedProxiesCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-030",
        Title = "gateway.trustedProxies trusts the internet",
        Layer = Layer.Network,
        DefaultSeverity = Severity.High,
        Description = "gateway.trustedProxies contains 0.0.0.0/0, ::/0 or another public range of /8 (IPv6 /32) or wider. Any client in it may set X-Forwarded-For, so it can pose as 127.0.0.1: local-client checks, silent local device pairing and the loopback rate-limit exemption become reachable; in trusted-proxy mode it can also forge the user identity header.",
        Remediation = "List only the exact addresses of your reverse proxies (e.g. [\"127.0.0.1\"] or the proxy's private IP).",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var list = install.Config.GetArray("gateway.trustedProxies");
        if (list is null)
        {
            yield break;
        }

        var trustedProxyAuth = GatewayPosture.Of(install).AuthMode == "trusted-proxy";
        foreach (var item in list.Items.OfType<J5String>())
        {
            if (!IpRange.TryParse(item.Value, out var range) || !(range.IsEverything || range.IsBroadPublic))
            {
                continue;
            }

            var what = range.IsEverything ? "every address" : $"a public /{range.PrefixLength} range";
            yield return Info.Find(
                $"gateway.trustedProxies entry \"{item.Value.Trim()}\" trusts {what} to set forwarding headers"
                    + (trustedProxyAuth ? "; with gateway.auth.mode \"trusted-proxy\" anyone who reaches the gateway can claim any user." : "; clients can pose as local."),
                Evidence.At(item, item.Value.Trim()),
                trustedProxyAuth ? Severity.Critical : Severity.High);
        }
    }
}

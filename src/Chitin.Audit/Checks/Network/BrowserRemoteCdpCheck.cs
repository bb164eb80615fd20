using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Network;

internal sealed class BrowserRemoteCdpCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-026",
        Title = "Browser profile drives a remote CDP endpoint over plain HTTP or on a private host",
        Layer = Layer.Network,
        DefaultSeverity = Severity.Medium,
        Description = "A browser profile's Chrome DevTools endpoint is off-host: over http: anyone on the path can read or hijack the session (CDP carries cookies and page content); on a private/internal host with the private-network SSRF opt-in, that host is a trusted endpoint.",
        Remediation = "Use https/wss or a tailnet/tunnel for remote CDP; keep browser.ssrfPolicy.dangerouslyAllowPrivateNetwork false and allow explicit hosts only.",
        OpenClawCheckIds = ["browser.remote_cdp_http", "browser.remote_cdp_private_host"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var b = BrowserPosture.Of(install);
        if (!b.Enabled || b.ConfigError is not null)
        {
            yield break;
        }

        foreach (var (name, url, node) in b.RemoteProfiles)
        {
            var shown = $"{url.Scheme}://{url.Host}:{url.Port}";
            if (url.Scheme == "http")
            {
                yield return Info.Find(
                    $"browser profile \"{name}\" uses http CDP ({shown}); acceptable only on a tailnet or inside an encrypted tunnel.",
                    Evidence.At(node, shown),
                    openClawCheckId: "browser.remote_cdp_http",
                    title: "Remote CDP over plain HTTP");
            }

            if (b.PrivateNetworkOptIn && BrowserPosture.IsPrivateHost(url.Host))
            {
                yield return Info.Find(
                    $"browser profile \"{name}\" points at a private/internal CDP host ({shown}) while browser.ssrfPolicy allows private networks.",
                    Evidence.At(node, shown),
                    Severity.Low,
                    "browser.remote_cdp_private_host",
                    "Remote CDP on a private/internal host");
            }
        }
    }
}

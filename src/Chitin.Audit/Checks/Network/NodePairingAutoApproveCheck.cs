using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Network;

internal sealed class NodePairingAutoApproveCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-034",
        Title = "Silent node pairing from broad or spoofable sources",
        Layer = Layer.Network,
        DefaultSeverity = Severity.Medium,
        Description = "gateway.nodes.pairing.autoApproveCidrs approves first-time node devices from the listed ranges without a human; a public or /0 range lets strangers attach nodes. autoApproveLocal (default true) also silently approves pairing and scope upgrades from \"local\" connections, which a too-broad trusted proxy list or X-Real-IP fallback lets remote clients fake. OpenClaw's audit checks neither.",
        Remediation = "Keep autoApproveCidrs to your own private subnets (or unset), set gateway.nodes.pairing.autoApproveLocal false when the gateway sits behind a proxy, and fix gateway.trustedProxies / allowRealIpFallback.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var c = install.Config;
        foreach (var item in c.GetArray("gateway.nodes.pairing.autoApproveCidrs")?.Items.OfType<J5String>() ?? [])
        {
            if (!IpRange.TryParse(item.Value, out var range) || range.IsPrivateOrLocal)
            {
                continue;
            }

            var broad = range.IsEverything || range.IsBroadPublic;
            yield return Info.Find(
                $"gateway.nodes.pairing.autoApproveCidrs entry \"{item.Value.Trim()}\" auto-approves node devices from {(range.IsEverything ? "any address" : "public address space")}.",
                Evidence.At(item, item.Value.Trim()),
                broad ? Severity.High : Severity.Medium);
        }

        if (c.GetBool("gateway.nodes.pairing.autoApproveLocal") == false)
        {
            yield break;
        }

        var spoofers = new List<string>();
        if (c.GetBool("gateway.allowRealIpFallback") == true)
        {
            spoofers.Add("gateway.allowRealIpFallback=true");
        }

        spoofers.AddRange(ConfigView.GetStrings(c.Get("gateway.trustedProxies"))
            .Where(p => IpRange.TryParse(p, out var r) && (r.IsEverything || r.IsBroadPublic))
            .Select(p => $"gateway.trustedProxies \"{p.Trim()}\""));
        if (spoofers.Count > 0)
        {
            yield return Info.Find(
                $"gateway.nodes.pairing.autoApproveLocal is {(c.GetBool("gateway.nodes.pairing.autoApproveLocal") == true ? "true" : "unset (default true)")} while {string.Join(" and ", spoofers)} let remote clients appear local.",
                ConfigEvidence.AtFirst(install, null, "gateway.nodes.pairing.autoApproveLocal", "gateway.nodes.pairing", "gateway.trustedProxies", "gateway.allowRealIpFallback"),
                Severity.High);
        }
    }
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Network;

internal sealed class TrustedProxyDeviceAutoApproveCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-020",
        Title = "Proxy-authenticated users auto-approve new operator devices",
        Layer = Layer.Network,
        DefaultSeverity = Severity.Medium,
        Description = "gateway.auth.trustedProxy.deviceAutoApprove pairs new browser and native operator devices on the proxy's word alone; with operator.admin in its scopes every proxy user gets a full-admin device.",
        Remediation = "Disable deviceAutoApprove, or drop operator.admin from its scopes and grant admin per identity with gateway.auth.identityScopes.",
        OpenClawCheckIds = ["gateway.trusted_proxy_device_auto_approve", "gateway.trusted_proxy_device_auto_approve_admin"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var c = install.Config;
        if (GatewayPosture.Of(install).AuthMode != "trusted-proxy" || c.GetBool("gateway.auth.trustedProxy.deviceAutoApprove.enabled") != true)
        {
            yield break;
        }

        yield return Info.Find(
            "gateway.auth.trustedProxy.deviceAutoApprove.enabled=true delegates operator device pairing entirely to the reverse-proxy identity.",
            ConfigEvidence.At(install, "gateway.auth.trustedProxy.deviceAutoApprove.enabled", "true"),
            openClawCheckId: "gateway.trusted_proxy_device_auto_approve");

        var admin = c.GetArray("gateway.auth.trustedProxy.deviceAutoApprove.scopes")?.Items.FirstOrDefault(i => i is J5String s && s.Value.Trim() == "operator.admin");
        if (admin is not null)
        {
            yield return Info.Find(
                "gateway.auth.trustedProxy.deviceAutoApprove.scopes includes operator.admin: every proxy-authenticated user can auto-approve a full-admin operator device.",
                Evidence.At(admin, "operator.admin"),
                Severity.High,
                "gateway.trusted_proxy_device_auto_approve_admin",
                "Proxy users auto-approve full-admin operator devices");
        }
    }
}

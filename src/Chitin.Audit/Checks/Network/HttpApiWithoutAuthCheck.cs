using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Network;

internal sealed class HttpApiWithoutAuthCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-005",
        Title = "Gateway HTTP APIs callable without a shared secret",
        Layer = Layer.Network,
        DefaultSeverity = Severity.Medium,
        Description = "The resolved gateway auth has no usable secret (mode none, or token/password mode whose value is missing or an unresolvable reference), so /tools/invoke and any enabled /v1/chat/completions, /v1/responses or /api/v1/admin/rpc answer unauthenticated callers.",
        Remediation = "Set gateway.auth.mode to \"token\" with a long random token (SecretRef), make sure its variable resolves where the gateway runs, and disable HTTP endpoints you do not use (gateway.http.endpoints.*.enabled false, plugins.entries.admin-http-rpc.enabled false).",
        OpenClawCheckIds = ["gateway.http.no_auth"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var g = GatewayPosture.Of(install);
        if (HasResolvedHttpAuth(install, g.AuthMode))
        {
            yield break;
        }

        var c = install.Config;
        var endpoints = new List<string> { "/tools/invoke" };
        if (c.GetBool("gateway.http.endpoints.chatCompletions.enabled") == true)
        {
            endpoints.Add("/v1/chat/completions");
        }

        if (c.GetBool("gateway.http.endpoints.responses.enabled") == true)
        {
            endpoints.Add("/v1/responses");
        }

        if (ConfigView.Get(c.Get("plugins.entries"), "admin-http-rpc.enabled") is J5Bool { Value: true })
        {
            endpoints.Add("/api/v1/admin/rpc");
        }

        var exposed = g.ExposedPerOpenClaw;
        yield return Info.Find(
            $"gateway.auth.mode \"{g.AuthMode}\" resolves no shared secret, leaving {string.Join(", ", endpoints)} callable without auth"
                + (exposed ? $" on a gateway reachable beyond loopback (bind \"{g.Bind}\", tailscale \"{g.TailscaleMode}\")." : " by anything that reaches the loopback port."),
            ConfigEvidence.AtFirst(install, null, "gateway.auth.mode", "gateway.auth", "gateway"),
            exposed ? Severity.Critical : Severity.Medium);
    }

    /// <summary>OpenClaw's <c>hasResolvedGatewayHttpAuth</c>: the mode's secret resolves to a non-blank value (file/exec SecretRefs count when their provider is defined).</summary>
    internal static bool HasResolvedHttpAuth(OpenClawInstall install, string authMode)
    {
        if (authMode == "trusted-proxy")
        {
            return true;
        }

        if (GatewayCredential.ForMode(install, authMode) is not { } cred)
        {
            return false;
        }

        if (cred.Value is { } v)
        {
            return v.Trim().Length > 0;
        }

        return cred.Node is J5Object reference && GatewayCredential.RefResolvable(install, reference);
    }
}

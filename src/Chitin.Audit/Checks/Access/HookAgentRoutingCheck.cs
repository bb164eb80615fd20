using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Access;

internal sealed class HookAgentRoutingCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-ACC-021",
        Title = "Webhook callers may route to any agent",
        Layer = Layer.Access,
        DefaultSeverity = Severity.Medium,
        Description = "hooks.allowedAgentIds is unset or contains \"*\", so an authenticated hook caller can start runs on any configured agent (the default agent when agentId is omitted), including agents with host exec or private data.",
        Remediation = "Set hooks.allowedAgentIds to an explicit list (e.g. [\"hooks\"]) or [] to deny agent routing from hooks.",
        OpenClawCheckIds = ["hooks.allowed_agent_ids_unrestricted"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var c = install.Config;
        if (c.GetBool("hooks.enabled") != true)
        {
            yield break;
        }

        var node = c.Get("hooks.allowedAgentIds");
        var unrestricted = node is not J5Array list || list.Items.OfType<J5String>().Any(s => s.Value.Trim() == "*");
        if (!unrestricted)
        {
            yield break;
        }

        var g = GatewayPosture.Of(install);
        yield return Info.Find(
            (node is J5Array ? "hooks.allowedAgentIds includes \"*\"" : "hooks.allowedAgentIds is unset")
                + (g.ExposedPerOpenClaw ? $", and the gateway is reachable beyond loopback (bind \"{g.Bind}\", tailscale \"{g.TailscaleMode}\")." : "; hook callers may route to any configured agent."),
            ConfigEvidence.AtFirst(install, null, "hooks.allowedAgentIds", "hooks"),
            g.ExposedPerOpenClaw ? Severity.Critical : Severity.Medium);
    }
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Access;

internal sealed class ChannelRoutingOwnerCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-ACC-012",
        Title = "Channel DMs have no owning agent",
        Layer = Layer.Access,
        DefaultSeverity = Severity.Low,
        Description = "Several agents are configured, none is a resolvable default, and no binding routes this channel account's direct messages (or a binding names an agent that does not exist). OpenClaw refuses to pick an agent, so admitted senders get errors, and a later 'fix' may route them to a more privileged agent than intended.",
        Remediation = "Add a bindings[] entry { agentId, match: { channel, accountId } } for the account, or mark exactly one agent default: true (without agents.ownership \"explicit\").",
        OpenClawCheckIds = ["channels.<provider>.routing.owner_missing.<accountId>"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var configured = AgentRoster.Configured(install).Select(a => a.AgentId!.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        if (configured.Count < 2)
        {
            yield break;
        }

        var fallback = AgentRoster.DefaultAgentId(install);
        if (install.Config.GetString("agents.ownership") == "explicit"
            && install.Config.GetString("agents.defaults.systemAgent.agentId")?.Trim().ToLowerInvariant() is { } system && configured.Contains(system))
        {
            fallback = system;
        }

        foreach (var scope in ChannelTargets.Active(install).Where(s => s.DmPolicy != "disabled"))
        {
            var principals = ChannelTargets.AdmittedDmSenders(scope).Cast<string?>().ToList();
            if (ChannelTargets.DmWildcard(scope) || principals.Count == 0)
            {
                principals.Add(null);
            }

            string? problem = null;
            foreach (var p in principals)
            {
                var binding = RouteBindings.ForDirectMessage(install.Config, scope.Channel, scope.AccountId, p);
                var agent = RouteBindings.AgentId(binding);
                if (binding is not null && agent is { Length: > 0 } && !configured.Contains(agent) && agent != "main")
                {
                    problem = $"binding {binding.Path} names agent \"{agent}\", which is not configured";
                    break;
                }

                if ((binding is null || agent is not { Length: > 0 }) && fallback is null)
                {
                    problem = $"no binding routes {(p is null ? "its DMs" : $"sender {p}")} and {configured.Count} agents are configured without a resolvable default";
                    break;
                }
            }

            if (problem is not null)
            {
                yield return Info.Find(
                    $"{scope.Path}: {problem}.",
                    ConfigEvidence.At(install, scope.DmPolicyNode ?? scope.Node, scope.Path),
                    openClawCheckId: $"channels.{scope.Channel}.routing.owner_missing.{scope.AccountId}");
            }
        }
    }
}

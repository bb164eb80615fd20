using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Access;

internal sealed class DmSessionCollisionCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-ACC-014",
        Title = "Different DM senders share one session",
        Layer = Layer.Access,
        DefaultSeverity = Severity.Medium,
        Description = "session.dmScope \"main\" (the default) puts every direct message of an agent into its main session. With two or more admitted senders (or allowFrom \"*\"), one person's messages, files and tool output become context for the next person's requests.",
        Remediation = "Set session.dmScope \"per-channel-peer\" (or \"per-account-channel-peer\" for multi-account inboxes); link one person's identities with session.identityLinks instead of sharing sessions.",
        OpenClawCheckIds = ["channels.dm.session_collision.<accountKeys>.<n>"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var c = install.Config;
        var fallback = AgentRoster.DefaultAgentId(install) ?? "main";
        var buckets = new SortedDictionary<string, List<(string Account, string Principal, J5Node Node)>>(StringComparer.Ordinal);
        foreach (var scope in ChannelTargets.Active(install).Where(s => s.DmPolicy != "disabled"))
        {
            var accountKey = $"{scope.Channel}-{scope.AccountId}";
            var node = scope.EffectiveAllowFromNode ?? scope.DmPolicyNode ?? scope.Node;
            var principals = ChannelTargets.AdmittedDmSenders(scope).Select(p => ((string?)p, $"direct:{scope.Channel}:{scope.AccountId}:{p.ToLowerInvariant()}")).ToList();
            if (ChannelTargets.DmWildcard(scope))
            {
                principals.Add((null, $"wildcard:shared:{accountKey}:1"));
                principals.Add((null, $"wildcard:shared:{accountKey}:2"));
            }

            foreach (var (peer, key) in principals)
            {
                var binding = RouteBindings.ForDirectMessage(c, scope.Channel, scope.AccountId, peer);
                if (RouteBindings.DmScope(c, binding) != "main")
                {
                    continue;
                }

                var agent = RouteBindings.AgentId(binding) is { Length: > 0 } a ? a : fallback;
                if (!buckets.TryGetValue(agent, out var list))
                {
                    buckets[agent] = list = [];
                }

                list.Add((accountKey, key, node));
            }
        }

        var n = 0;
        foreach (var (agent, routes) in buckets)
        {
            var distinct = routes.Select(r => r.Principal).Distinct(StringComparer.Ordinal).Count();
            if (distinct < 2)
            {
                continue;
            }

            n++;
            var accounts = routes.Select(r => r.Account).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            yield return Info.Find(
                $"{distinct} distinct admitted DM principals from {string.Join(", ", accounts)} resolve to the main session of agent \"{agent}\" (session.dmScope \"{c.GetString("session.dmScope") ?? "main (default)"}\")"
                    + (c.GetString("session.scope") == "global" ? " under session.scope \"global\"." : ".") + " This can leak context across users.",
                Evidence.At(routes[0].Node),
                openClawCheckId: $"channels.dm.session_collision.{string.Join("_", accounts)}.{n}");
        }
    }
}

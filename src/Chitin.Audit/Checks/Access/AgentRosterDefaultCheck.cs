using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Access;

internal sealed class AgentRosterDefaultCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-ACC-023",
        Title = "Agent roster has no single default",
        Layer = Layer.Access,
        DefaultSeverity = Severity.Low,
        Description = "The agent roster has no resolvable default (zero or several default: true markers among several agents), or agents.ownership \"explicit\" is combined with default markers. Unbound channel traffic and ambient work then either fail or land on an agent nobody chose; migrating the legacy agents.list can drop markers.",
        Remediation = "Mark exactly one agent default: true (or keep a single agent), or with agents.ownership \"explicit\" remove the markers and bind every channel; openclaw doctor --fix repairs the roster.",
        OpenClawCheckIds = ["config.agent_roster.invalid_default_count"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var agents = AgentRoster.Configured(install);
        // An empty roster gets the implicit main agent when OpenClaw loads it (its CLI reports nothing for it).
        if (agents.Count == 0)
        {
            yield break;
        }

        var markers = agents.Where(a => a.Entry?["default"] is J5Bool { Value: true }).ToList();
        var explicitOwnership = install.Config.GetString("agents.ownership") == "explicit";
        var evidence = markers.Count > 0 ? Evidence.At(markers[0].Entry!["default"]!) : ConfigEvidence.AtFirst(install, null, "agents.entries", "agents.list", "agents");
        if (explicitOwnership)
        {
            if (markers.Count > 0)
            {
                yield return Info.Find($"agents.ownership is \"explicit\" but {markers.Count} agent entr{(markers.Count == 1 ? "y has" : "ies have")} default: true.", evidence);
            }

            yield break;
        }

        if (markers.Count != 1 && agents.Count != 1)
        {
            yield return Info.Find($"Expected a resolvable default agent (a sole entry or one default: true marker); found {markers.Count} default markers across {agents.Count} configured agents.", evidence);
        }
    }
}

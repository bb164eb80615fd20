using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Access;

internal sealed class ChannelOpenDmCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-ACC-008",
        Title = "Channel accepts direct messages from anyone",
        Layer = Layer.Access,
        DefaultSeverity = Severity.High,
        Description = "dmPolicy \"open\" lets anyone who finds the bot talk to the agent. It is meant to be paired with allowFrom [\"*\"]; \"open\" without \"*\" is an inconsistent configuration. OpenClaw's channel adapters report this, but the 2026.9.6 CLI never loads them, so its audit stays silent.",
        Remediation = "Use dmPolicy \"pairing\" (default) or \"allowlist\" with explicit sender ids; if open DMs are intended, set allowFrom [\"*\"] deliberately and restrict tools for that agent.",
        OpenClawCheckIds = ["channels.<provider>.dm.open", "channels.<provider>.dm.open_invalid"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var runtimeRisk = OpenInboundWithRuntimeOrFsCheck.RiskyContexts(install).RuntimeRisk;
        foreach (var scope in ChannelTargets.Active(install))
        {
            if (scope.DmPolicy != "open")
            {
                continue;
            }

            var evidence = ConfigEvidence.At(install, scope.DmPolicyNode, scope.Path + ".dmPolicy", "open");
            yield return Info.Find(
                $"{scope.Path}: dmPolicy=\"open\" allows anyone to DM the bot"
                    + (runtimeRisk ? "; some agent context also keeps exec/process unsandboxed." : "."),
                evidence,
                runtimeRisk ? Severity.Critical : Severity.High,
                $"channels.{scope.Channel}.dm.open");

            if (!ChannelTargets.DmWildcard(scope))
            {
                yield return Info.Find(
                    $"{scope.Path}: dmPolicy \"open\" requires allowFrom to include \"*\"; it lists {scope.EffectiveAllowFrom.Count} entr{(scope.EffectiveAllowFrom.Count == 1 ? "y" : "ies")} instead.",
                    ConfigEvidence.At(install, scope.EffectiveAllowFromNode ?? scope.DmPolicyNode, scope.Path + ".allowFrom"),
                    Severity.Low,
                    $"channels.{scope.Channel}.dm.open_invalid",
                    "Open DM policy without \"*\" in allowFrom");
            }
        }
    }
}

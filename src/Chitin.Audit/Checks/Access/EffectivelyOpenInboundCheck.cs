using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Access;

internal sealed class EffectivelyOpenInboundCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-ACC-025",
        Title = "Allowlist policy that admits everyone",
        Layer = Layer.Access,
        DefaultSeverity = Severity.High,
        Description = "dmPolicy \"allowlist\"/\"pairing\" with \"*\" in allowFrom, or groupPolicy \"allowlist\" with \"*\" as both group and sender allowlist, admits everyone while looking restricted. OpenClaw's exposure checks only look for the literal policy \"open\", so the tool-exposure warnings never fire for these channels.",
        Remediation = "Replace \"*\" with explicit sender ids (and explicit group ids under groups), or make the openness explicit with policy \"open\" so the exposure checks apply.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var scope in ChannelTargets.Active(install))
        {
            if (scope.DmPolicy is "allowlist" or "pairing" && InboundExposure.Wildcard(scope.EffectiveAllowFromNode) is { } star)
            {
                yield return Info.Find($"{scope.Path}: dmPolicy \"{scope.DmPolicy}\" with allowFrom \"*\" admits every DM sender.", Evidence.At(star, "*"));
            }

            if (scope.GroupPolicyWithDefaults(install.Config) == "allowlist"
                && InboundExposure.Wildcard(scope.Get("groupAllowFrom")) is { } gstar
                && (scope.Get("groups") as J5Object)?["*"] is not null)
            {
                yield return Info.Find($"{scope.Path}: groupPolicy \"allowlist\" with groups \"*\" and groupAllowFrom \"*\" admits every group and every member.", Evidence.At(gstar, "*"));
            }
        }
    }
}

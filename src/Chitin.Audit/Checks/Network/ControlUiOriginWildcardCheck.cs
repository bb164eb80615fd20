using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Network;

internal sealed class ControlUiOriginWildcardCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-012",
        Title = "Control UI allowed origins contain \"*\"",
        Layer = Layer.Network,
        DefaultSeverity = Severity.Medium,
        Description = "gateway.controlUi.allowedOrigins includes \"*\", so any web page a user opens may open Control UI/WebChat WebSockets to the gateway; origin allowlisting is off.",
        Remediation = "Replace \"*\" with the exact trusted origins (e.g. https://claw.example.com).",
        OpenClawCheckIds = ["gateway.control_ui.allowed_origins_wildcard"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var star = install.Config.GetArray("gateway.controlUi.allowedOrigins")?.Items.FirstOrDefault(i => i is J5String s && s.Value.Trim() == "*");
        if (star is null)
        {
            yield break;
        }

        var exposed = !GatewayPosture.Of(install).BindIsLoopbackSetting;
        yield return Info.Find(
            "gateway.controlUi.allowedOrigins includes \"*\" (allow any browser origin)" + (exposed ? " on a non-loopback bind." : "."),
            Evidence.At(star, "*"),
            exposed ? Severity.Critical : Severity.Medium);
    }
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Network;

internal sealed class BindWithoutAuthCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-001",
        Title = "Gateway listens beyond loopback without authentication",
        Layer = Layer.Network,
        DefaultSeverity = Severity.Critical,
        Description = "With gateway.bind other than loopback and no token, password or trusted-proxy identity, anyone who can reach the port controls the agent.",
        Remediation = "Set gateway.bind to \"loopback\" and reach it through an SSH tunnel or tailnet, or set gateway.auth.mode \"token\" with a long random gateway.auth.token stored as a SecretRef.",
        OpenClawCheckIds = ["gateway.bind_no_auth"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var g = GatewayPosture.Of(install);
        if (g.BindIsLoopbackSetting || g.HasAuth)
        {
            yield break;
        }

        var node = GatewayPosture.BindNode(install);
        var evidence = node is null ? Evidence.ForConfigPath(install.ConfigPath, "gateway.bind") : Evidence.At(node, g.Bind);

        // OpenClaw compares the literal bind: "custom" with a 127.x host is reported too, though nothing leaves the host.
        yield return g.IsLoopback
            ? Info.Find($"gateway.bind is \"custom\" on loopback host {install.Config.GetString("gateway.customBindHost")} and auth mode \"{g.AuthMode}\" has no credential; OpenClaw treats any bind other than \"loopback\" as exposed.", evidence, Severity.Medium)
            : Info.Find($"gateway.bind is \"{g.Bind}\" and auth mode \"{g.AuthMode}\" has no credential.", evidence);
    }
}

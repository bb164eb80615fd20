using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Network;

internal sealed class TailscaleConfigConflictCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-032",
        Title = "Tailscale exposure the gateway refuses to run",
        Layer = Layer.Network,
        DefaultSeverity = Severity.Low,
        Description = "Tailscale Funnel requires password auth and Serve/Funnel require gateway.bind loopback; OpenClaw 2026.9 refuses to start otherwise. Token auth over Funnel would put a bearer token on the public internet, and the usual 'fixes' (bind lan, auth none) are worse.",
        Remediation = "For funnel use gateway.auth.mode \"password\" with a long random password from a SecretRef; keep gateway.bind \"loopback\" with serve/funnel.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var g = GatewayPosture.Of(install);
        if (g.TailscaleMode is not ("serve" or "funnel"))
        {
            yield break;
        }

        var evidence = ConfigEvidence.At(install, "gateway.tailscale.mode", g.TailscaleMode);
        if (g.TailscaleMode == "funnel" && g.AuthMode != "password")
        {
            yield return Info.Find($"gateway.tailscale.mode is \"funnel\" with gateway.auth.mode \"{g.AuthMode}\"; funnel requires password auth and the gateway will not start.", evidence);
        }

        if (!g.BindIsLoopbackSetting && install.Config.Get("gateway.bind") is not null)
        {
            yield return Info.Find($"gateway.tailscale.mode is \"{g.TailscaleMode}\" with gateway.bind \"{g.Bind}\"; serve/funnel require a loopback bind and the gateway will not start.", evidence);
        }
    }
}

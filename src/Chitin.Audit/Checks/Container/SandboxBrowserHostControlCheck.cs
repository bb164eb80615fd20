using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Container;

internal sealed class SandboxBrowserHostControlCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-032",
        Title = "Sandboxed sessions may control the host browser",
        Layer = Layer.Container,
        DefaultSeverity = Severity.High,
        Description = "sandbox.browser.allowHostControl lets a sandboxed session drive the browser on the gateway host instead of the sandbox browser: the operator's logged-in profile, cookies and local network, from inside the \"sandbox\". Latent (low) while sandbox mode is off.",
        Remediation = "Remove sandbox.browser.allowHostControl (default false); use the sandbox browser container.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var s in SandboxSetting.Collect(install, p => p.Browser("allowHostControl")))
        {
            if (s.Node is J5Bool { Value: true })
            {
                yield return Info.Find(
                    $"{s.Node.Path} is true (used by {s.Contexts}){SandboxCapDropCheck.Latent(s)}.",
                    Evidence.At(s.Node, "true"),
                    s.InEffect ? Severity.High : Severity.Low);
            }
        }
    }
}

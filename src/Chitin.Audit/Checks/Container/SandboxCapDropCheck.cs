using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Container;

internal sealed class SandboxCapDropCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-025",
        Title = "Sandbox keeps Linux capabilities (capDrop without ALL)",
        Layer = Layer.Container,
        DefaultSeverity = Severity.High,
        Description = "OpenClaw drops all capabilities in the sandbox unless docker.capDrop is set; an explicit [] (or a list without ALL) gives the sandboxed shell Docker's default capabilities back. Latent (low) while sandbox mode is off.",
        Remediation = "Remove docker.capDrop (default [\"ALL\"]) or set it to [\"ALL\"].",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var s in SandboxSetting.Collect(install, p => p.Docker("capDrop")))
        {
            var caps = ConfigView.GetStrings(s.Node);
            if (s.Node is not J5Array || caps.Any(c => c.Trim().Equals("ALL", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var shown = caps.Count == 0 ? "[]" : "[" + string.Join(", ", caps) + "]";
            yield return Info.Find(
                $"{s.Node.Path} is {shown}: the sandbox keeps Docker's default capabilities (used by {s.Contexts}){Latent(s)}.",
                Evidence.At(s.Node, shown),
                s.InEffect ? Severity.High : Severity.Low);
        }
    }

    internal static string Latent(SandboxSetting s) => s.InEffect ? "" : "; not in effect while sandbox mode is off";
}

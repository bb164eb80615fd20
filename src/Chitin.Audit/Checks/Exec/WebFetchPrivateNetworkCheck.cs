using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Exec;

internal sealed class WebFetchPrivateNetworkCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-EXE-027",
        Title = "web_fetch may reach private networks",
        Layer = Layer.Exec,
        DefaultSeverity = Severity.High,
        Description = "tools.web.fetch.ssrfPolicy.dangerouslyAllowPrivateNetwork lets web_fetch request loopback, LAN and cloud-metadata addresses (169.254.169.254), so an injected URL reads internal services and instance credentials. OpenClaw flags only the browser's equivalent.",
        Remediation = "Remove tools.web.fetch.ssrfPolicy.dangerouslyAllowPrivateNetwork (default false); allow specific internal hosts another way if needed.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var nodes = new List<(string Label, J5Node? Node)>
        {
            ("tools.web.fetch.ssrfPolicy.dangerouslyAllowPrivateNetwork", install.Config.Get("tools.web.fetch.ssrfPolicy.dangerouslyAllowPrivateNetwork")),
        };
        nodes.AddRange(AgentRoster.Configured(install).Select(a => (a.Label + ".tools.web.fetch.ssrfPolicy.dangerouslyAllowPrivateNetwork", ConfigView.Get(a.Tools, "web.fetch.ssrfPolicy.dangerouslyAllowPrivateNetwork"))));
        var fetchOff = install.Config.Get("tools.web.fetch.enabled") is J5Bool { Value: false };
        foreach (var (label, node) in nodes)
        {
            if (node is J5Bool { Value: true } b)
            {
                yield return Info.Find(
                    $"{label} is true{(fetchOff ? " (web_fetch is disabled, so this is latent)" : "")}.",
                    Evidence.At(b, "true"),
                    fetchOff ? Severity.Low : Severity.High);
            }
        }
    }
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Network;

internal sealed class BrowserConfigInvalidCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-027",
        Title = "Browser control config cannot be resolved",
        Layer = Layer.Network,
        DefaultSeverity = Severity.Low,
        Description = "browser.cdpUrl is not a usable http(s)/ws(s) URL, so the browser plugin cannot resolve its config and its own security checks cannot run.",
        Remediation = "Fix browser.cdpUrl (e.g. http://127.0.0.1:18800 or wss://cdp.example.ts.net) or remove it.",
        OpenClawCheckIds = ["browser.control_invalid_config"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var b = BrowserPosture.Of(install);
        if (b.ConfigError is { } error)
        {
            yield return Info.Find(error + ".", ConfigEvidence.At(install, b.ConfigErrorNode, "browser.cdpUrl"));
        }
    }
}

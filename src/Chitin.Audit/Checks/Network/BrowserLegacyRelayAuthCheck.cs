using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Network;

internal sealed class BrowserLegacyRelayAuthCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-025",
        Title = "Legacy browser extension relay authentication accepted",
        Layer = Layer.Network,
        DefaultSeverity = Severity.Low,
        Description = "With browser control enabled, browser.extensionRelay.allowLegacyAuth defaults to true for a migration window, so old relay Bearer, Basic and token-subprotocol clients can still authenticate to the extension relay.",
        Remediation = "Update paired Chrome extensions and CDP clients to Browser Relay Authentication v2, then set browser.extensionRelay.allowLegacyAuth false.",
        OpenClawCheckIds = ["browser.extension_relay_legacy_auth"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var b = BrowserPosture.Of(install);
        if (!b.Enabled || b.ConfigError is not null || install.Config.GetBool("browser.extensionRelay.allowLegacyAuth") == false)
        {
            yield break;
        }

        var explicitOn = install.Config.GetBool("browser.extensionRelay.allowLegacyAuth") == true;
        yield return Info.Find(
            explicitOn ? "browser.extensionRelay.allowLegacyAuth=true." : "browser.extensionRelay.allowLegacyAuth is unset and defaults to true while browser control is enabled.",
            ConfigEvidence.AtFirst(install, explicitOn ? "true" : "default true", "browser.extensionRelay.allowLegacyAuth", "browser.extensionRelay", "browser"));
    }
}

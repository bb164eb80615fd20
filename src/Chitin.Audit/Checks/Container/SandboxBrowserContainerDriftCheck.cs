using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Container;

internal sealed class SandboxBrowserContainerDriftCheck : IAuditCheck
{
    /// <summary><c>SANDBOX_BROWSER_SECURITY_HASH_EPOCH</c> of OpenClaw 2026.9.6.</summary>
    public const string CurrentEpoch = "2026-05-12-cdp-relay-auth";

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-005",
        Title = "Sandbox browser container predates current security settings",
        Layer = Layer.Container,
        DefaultSeverity = Severity.Medium,
        Description = "OpenClaw labels sandbox browser containers with openclaw.configHash and openclaw.browserConfigEpoch. A container without the hash, or with an older epoch, was created before the current security remediations (e.g. CDP relay auth) and keeps running without them until recreated.",
        Remediation = "Run `openclaw sandbox recreate --browser --all` (add --force to skip the prompt).",
        OpenClawCheckIds = ["sandbox.browser_container.hash_label_missing", "sandbox.browser_container.hash_epoch_stale"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var c in install.SandboxBrowserContainers)
        {
            var hash = Label(c, "openclaw.configHash");
            if (hash is null)
            {
                yield return Info.Find(
                    $"Sandbox browser container {c.Name} has no openclaw.configHash label; it predates hash-based drift checks.",
                    Evidence.ForContainer(c.Name, "Config.Labels[\"openclaw.configHash\"]", "<missing>"),
                    openClawCheckId: "sandbox.browser_container.hash_label_missing",
                    title: "Sandbox browser container missing config hash label");
            }

            var epoch = Label(c, "openclaw.browserConfigEpoch");
            if (epoch != CurrentEpoch)
            {
                yield return Info.Find(
                    $"Sandbox browser container {c.Name} has openclaw.browserConfigEpoch={epoch ?? "<missing>"}; expected {CurrentEpoch}.",
                    Evidence.ForContainer(c.Name, "Config.Labels[\"openclaw.browserConfigEpoch\"]", epoch ?? "<missing>"),
                    openClawCheckId: "sandbox.browser_container.hash_epoch_stale",
                    title: "Sandbox browser container hash epoch is stale");
            }
        }
    }

    private static string? Label(ContainerFacts c, string key) =>
        c.Labels.TryGetValue(key, out var v) && v.Trim() is { Length: > 0 } t && t != "<no value>" ? t : null;
}

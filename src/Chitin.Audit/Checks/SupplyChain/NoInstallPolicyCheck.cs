using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.SupplyChain;

internal sealed class NoInstallPolicyCheck : IAuditCheck
{
    private static readonly string[] Targets = ["skill", "plugin"];

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-SUP-011",
        Title = "No install gate for skills and plugins",
        Layer = Layer.SupplyChain,
        DefaultSeverity = Severity.Low,
        Description = "security.installPolicy runs an operator command on every staged skill or plugin (ClawHub, upload, git, local, dependency installers) and blocks the install unless it approves; it is OpenClaw's only hook for scanning code before it lands. Without it, whatever a user or agent installs goes live unchecked.",
        Remediation = "Enable security.installPolicy with targets [\"skill\", \"plugin\"] and an absolute exec.command that scans the staged source (e.g. chitin skills scan --install-policy).",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var enabledNode = install.Config.Get("security.installPolicy.enabled");
        var thirdParty = install.Extensions.Count + install.InstallRecords.Count + install.Skills.Count;
        if (enabledNode is not J5Bool { Value: true })
        {
            var evidence = enabledNode is not null ? Evidence.At(enabledNode) : Evidence.ForConfigPath(install.ConfigPath, "security.installPolicy.enabled", "unset");
            var detail = "security.installPolicy is not enabled: skill and plugin installs are not vetted before they go live" +
                (thirdParty > 0 ? $"; {thirdParty} third-party skill(s), plugin(s) or install record(s) are already present." : ".");
            yield return Info.Find(detail, evidence, thirdParty > 0 ? Severity.Medium : Severity.Low);
            yield break;
        }

        if (install.Config.Get("security.installPolicy.targets") is J5Array targets)
        {
            var listed = ConfigView.GetStrings(targets);
            var missing = Targets.Where(t => !listed.Contains(t, StringComparer.Ordinal)).ToList();
            if (missing.Count > 0)
            {
                yield return Info.Find($"security.installPolicy is enabled but does not cover {string.Join(" and ", missing)} installs.", Evidence.At(targets), Severity.Low, title: "Install gate covers only some targets");
            }
        }
    }
}

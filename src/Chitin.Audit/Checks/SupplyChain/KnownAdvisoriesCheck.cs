using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.SupplyChain;

internal sealed class KnownAdvisoriesCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-SUP-010",
        Title = "OpenClaw version affected by a published advisory",
        Layer = Layer.SupplyChain,
        DefaultSeverity = Severity.High,
        Description = "The OpenClaw release in use is older than the fix of a published vulnerability (sandbox command injection CVE-2026-24763, Control UI token leak CVE-2026-25253, sandbox escapes). OpenClaw's own audit never compares versions.",
        Remediation = "Update OpenClaw (npm i -g openclaw@latest, or pull the current image) to at least the fixed release, then run openclaw doctor.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var evidence = EvidenceFor(install);
        var version = OpenClawVersion.TryParse(install.OpenClawVersion);
        if (version is null)
        {
            var what = install.OpenClawVersion is null ? "The OpenClaw version could not be determined" : $"OpenClaw version \"{install.OpenClawVersion}\" is not a release version";
            yield return Info.Find($"{what}; known advisories (table {AdvisoryTable.Version}) were not checked.", evidence, Severity.Info, title: "OpenClaw version unknown");
            yield break;
        }

        var fromMeta = install.OpenClawVersionSource == "meta.lastTouchedVersion";
        foreach (var a in AdvisoryTable.Affecting(version))
        {
            var aliases = a.Aliases.Count > 0 ? $" ({string.Join(", ", a.Aliases)})" : "";
            var detail = $"OpenClaw {version.Text} is older than {a.FixedIn.Text}, which fixes {a.Id}{aliases}: {a.Title}." +
                (fromMeta ? " The version comes from meta.lastTouchedVersion (the release that last wrote the config)." : "");
            yield return Info.Find(detail, evidence with { Value = $"{version.Text} < {a.FixedIn.Text} ({a.Id})" }, a.Severity, title: $"OpenClaw {version.Text} is affected by {a.Id}");
        }
    }

    private static Evidence EvidenceFor(OpenClawInstall install)
    {
        if (install.OpenClawVersionSource == "meta.lastTouchedVersion" && install.Config.Get("meta.lastTouchedVersion") is { } node)
        {
            return Evidence.At(node, install.OpenClawVersion);
        }

        return install.OpenClawVersionSource is { } src && src.StartsWith('/')
            ? Evidence.ForFile(src, install.OpenClawVersion)
            : Evidence.ForConfigPath(install.ConfigPath, "meta.lastTouchedVersion", install.OpenClawVersion ?? "unknown");
    }
}

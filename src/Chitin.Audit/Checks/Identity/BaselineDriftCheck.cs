using System.Globalization;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Integrity;

namespace Chitin.Audit.Checks.Identity;

internal sealed class BaselineDriftCheck : IAuditCheck
{
    private const int MaxListed = 50;

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-IDS-111",
        Title = "Identity, persona or config changed since the baseline",
        Layer = Layer.Identity,
        DefaultSeverity = Severity.High,
        Description = "A file or state-database row covered by the signed baseline was added, removed, modified, or changed mode or owner. Unreviewed changes to SOUL.md, AGENTS.md, openclaw.json, skills, plugins, exec approvals or the device identity are how a malicious skill or an injected agent makes itself permanent. A baseline that fails its signature check was edited.",
        Remediation = "Review each change ('chitin verify' shows them; 'git diff' or your backup shows content). Revert what you did not make; accept what you did with 'chitin baseline accept PATH --reason TEXT'.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (install.Integrity is not { BaselinePresent: true } status)
        {
            yield break;
        }

        if (status.Error is not null)
        {
            var tampered = status.Failure is IntegrityFailure.SignatureMismatch;
            yield return Info.Find(
                status.Error,
                Evidence.ForFile(status.BaselineFile, status.Failure is { } f ? f.ToString() : "cannot verify"),
                tampered ? Severity.High : Severity.Medium,
                title: tampered ? "Integrity baseline was edited after it was signed" : "Integrity baseline cannot be checked");
            yield break;
        }

        foreach (var c in status.Changes.Take(MaxListed))
        {
            yield return Info.Find(
                $"{c.Path}: {c.Detail} (since the baseline of {status.RecordedAt}; policy key {c.Key}).",
                Evidence.ForFile(c.Path, c.Change),
                c.Severity,
                title: Title(c));
        }

        if (status.Changes.Count > MaxListed)
        {
            var rest = status.Changes.Skip(MaxListed).ToList();
            yield return Info.Find(
                string.Create(CultureInfo.InvariantCulture, $"{rest.Count} more change(s) since the baseline; 'chitin verify' lists them all."),
                Evidence.ForFile(status.BaselineFile, string.Create(CultureInfo.InvariantCulture, $"{status.Changes.Count} changes")),
                rest.Max(c => c.Severity),
                title: "More changes since the baseline");
        }
    }

    private static string Title(IntegrityChange c) => c.Change switch
    {
        IntegrityChange.Added => "New file since the baseline",
        IntegrityChange.Removed => "File removed since the baseline",
        IntegrityChange.Modified => "File changed since the baseline",
        IntegrityChange.ModeChanged => "File mode changed since the baseline",
        IntegrityChange.OwnerChanged => "File owner changed since the baseline",
        IntegrityChange.TypeChanged => "File replaced by another kind since the baseline",
        IntegrityChange.TargetChanged => "Symlink retargeted since the baseline",
        _ => "File no longer readable since the baseline",
    };
}

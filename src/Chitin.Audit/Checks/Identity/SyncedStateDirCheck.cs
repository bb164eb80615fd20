using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Identity;

internal sealed class SyncedStateDirCheck : IAuditCheck
{
    private static readonly string[] SyncMarkers = ["icloud", "dropbox", "google drive", "googledrive", "onedrive"];

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-IDS-008",
        Title = "State or config lives in a cloud-synced folder",
        Layer = Layer.Identity,
        DefaultSeverity = Severity.Medium,
        Description = "iCloud, Dropbox, OneDrive and Google Drive copy tokens, credentials and transcripts to every linked device and to the provider, and may not keep Unix permissions.",
        Remediation = "Move the state dir (OPENCLAW_STATE_DIR) and config (OPENCLAW_CONFIG_PATH) to a local-only volume and rotate the secrets that were synced.",
        OpenClawCheckIds = ["fs.synced_dir"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (IsProbablySynced(install.StateDir) || IsProbablySynced(install.ConfigPath))
        {
            yield return Info.Find(
                $"stateDir={install.StateDir}, configPath={install.ConfigPath}: the path names a sync provider, so tokens and transcripts leave this machine.",
                Evidence.ForFile(IsProbablySynced(install.StateDir) ? install.StateDir : install.ConfigPath));
        }
    }

    /// <summary>OpenClaw's <c>isProbablySyncedPath</c>: a case-insensitive substring test.</summary>
    public static bool IsProbablySynced(string path)
    {
        var s = path.ToLowerInvariant();
        return SyncMarkers.Any(m => s.Contains(m, StringComparison.Ordinal));
    }
}

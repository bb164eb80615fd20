using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Identity;

internal sealed class ForeignOwnedStateFilesCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-IDS-017",
        Title = "State file owned by a different user",
        Layer = Layer.Identity,
        DefaultSeverity = Severity.High,
        Description = "The owner of a file can always chmod and rewrite it, whatever its mode. A config, credential or database in the state dir owned by another (non-root) account gives that account control of the gateway; root-owned leftovers from sudo runs break updates and --fix.",
        Remediation = "chown -R <gateway user> the state dir (and config/includes if they live elsewhere), then re-run the audit; find out how the other account got write access.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var owner = install.File(install.StateDir).Uid;
        if (owner < 0)
        {
            yield break;
        }

        var related = new HashSet<string>(install.IncludePaths, StringComparer.Ordinal) { install.ConfigPath };
        foreach (var f in install.Files.Values.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            if (!f.Exists || f.Uid < 0 || f.Uid == owner || f.Path == install.StateDir || !(SharedDirs.IsUnder(f.Path, install.StateDir) || related.Contains(f.Path)))
            {
                continue;
            }

            if (f.Uid == 0)
            {
                yield return Info.Find($"{f.Path} is owned by root while the state dir belongs to uid {owner}; OpenClaw cannot update or chmod it.", Evidence.ForFile(f.Path, "uid=0"), Severity.Low, title: "State file owned by root");
            }
            else
            {
                yield return Info.Find($"{f.Path} is owned by uid {f.Uid} while the state dir belongs to uid {owner}; that account can rewrite it regardless of its mode.", Evidence.ForFile(f.Path, "uid=" + f.Uid.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
    }
}

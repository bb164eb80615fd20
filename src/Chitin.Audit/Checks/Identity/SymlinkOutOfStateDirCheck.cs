using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Identity;

internal sealed class SymlinkOutOfStateDirCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-IDS-018",
        Title = "Symlink in the state dir points outside it",
        Layer = Layer.Identity,
        DefaultSeverity = Severity.Medium,
        Description = "A config, credentials dir or database that is a symlink out of the state dir is protected by the target's permissions, not the state dir's 700; a dangling link can be filled in by whoever can create the target.",
        Remediation = "Replace the symlink with the real file or directory inside the state dir, or make sure the target and every directory above it are owned by the gateway user and not writable by others.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var f in install.Files.Values.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            if (f.Kind != FileKind.Symlink || f.Path == install.StateDir || !SharedDirs.IsUnder(f.Path, install.StateDir))
            {
                continue;
            }

            if (f.ResolvedPath is null)
            {
                yield return Info.Find($"{f.Path} is a dangling symlink to {f.LinkTarget ?? "?"}; whoever can create that path decides what OpenClaw reads.", Evidence.ForFile(f.Path, "-> " + (f.LinkTarget ?? "?")), title: "Dangling symlink in the state dir");
                continue;
            }

            if (SharedDirs.IsUnder(f.ResolvedPath, install.StateDir))
            {
                continue;
            }

            var exposed = SharedDirs.IsWritableByOthers(install, f.ResolvedPath) || (f.TargetMode & 0x2) != 0;
            yield return Info.Find(
                $"{f.Path} points to {f.ResolvedPath}, outside the state dir{(exposed ? ", in a location other users can write" : "")}.",
                Evidence.ForFile(f.Path, "-> " + f.ResolvedPath),
                exposed ? Severity.High : Severity.Medium);
        }
    }
}

using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Identity;

internal sealed class StateDirPermissionsCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-IDS-001",
        Title = "State directory is a symlink or open to other users",
        Layer = Layer.Identity,
        DefaultSeverity = Severity.Critical,
        Description = "The state dir holds the config, credentials, session transcripts and the runtime database. If other local users can write into it they can swap the config or plant credentials; if they can read it they can list everything in it.",
        Remediation = "chmod 700 the state dir (openclaw security audit --fix does this) and keep it a real directory on a local volume.",
        OpenClawCheckIds = ["fs.state_dir.symlink", "fs.state_dir.perms_world_writable", "fs.state_dir.perms_group_writable", "fs.state_dir.perms_readable"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var f = install.File(install.StateDir);
        if (!f.Exists)
        {
            yield break;
        }

        if (f.Kind == FileKind.Symlink)
        {
            yield return Info.Find(
                $"{install.StateDir} is a symlink to {f.ResolvedPath ?? f.LinkTarget ?? "an unresolvable target"}; treat the target as an extra trust boundary.",
                Evidence.ForFile(install.StateDir, "symlink"),
                Severity.Medium,
                "fs.state_dir.symlink",
                "State directory is a symlink");
        }

        if (f.WorldWritable)
        {
            yield return Info.Find($"{FileModes.Describe(f)}; other users can write into the OpenClaw state.", FileModes.At(f), Severity.Critical, "fs.state_dir.perms_world_writable", "State directory is world-writable");
        }
        else if (f.GroupWritable)
        {
            yield return Info.Find($"{FileModes.Describe(f)}; group members can write into the OpenClaw state.", FileModes.At(f), Severity.High, "fs.state_dir.perms_group_writable", "State directory is group-writable");
        }
        else if (FileModes.Readable(f))
        {
            yield return Info.Find($"{FileModes.Describe(f)}; other users can list and enter the state dir.", FileModes.At(f), Severity.Medium, "fs.state_dir.perms_readable", "State directory is readable by others");
        }
    }
}

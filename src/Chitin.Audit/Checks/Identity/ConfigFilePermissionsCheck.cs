using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Identity;

internal sealed class ConfigFilePermissionsCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-IDS-002",
        Title = "Config file is a symlink or open to other users",
        Layer = Layer.Identity,
        DefaultSeverity = Severity.Critical,
        Description = "openclaw.json decides auth, bind, tools and channels and usually holds tokens. Another user who can write it controls the gateway; one who can read it gets its secrets.",
        Remediation = "chmod 600 the config file (openclaw security audit --fix does this, but not through a symlink) and keep it a regular file you own.",
        OpenClawCheckIds = ["fs.config.symlink", "fs.config.perms_writable", "fs.config.perms_world_readable", "fs.config.perms_group_readable"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var f = install.File(install.ConfigPath);
        if (!f.Exists)
        {
            yield break;
        }

        var isLink = f.Kind == FileKind.Symlink;
        if (isLink)
        {
            yield return Info.Find(
                $"{install.ConfigPath} is a symlink to {f.ResolvedPath ?? f.LinkTarget ?? "an unresolvable target"}; make sure you trust its target.",
                Evidence.ForFile(install.ConfigPath, "symlink"),
                Severity.Medium,
                "fs.config.symlink",
                "Config file is a symlink");
        }

        // OpenClaw judges a symlinked config by its target's mode and then skips the readable warnings.
        if (FileModes.Writable(f))
        {
            yield return Info.Find($"{FileModes.Describe(f)}; another user could change gateway, auth and tool policy.", FileModes.At(f), Severity.Critical, "fs.config.perms_writable", "Config file is writable by others");
        }
        else if (!isLink && f.WorldReadable)
        {
            yield return Info.Find($"{FileModes.Describe(f)}; every local user can read the tokens and settings in it.", FileModes.At(f), Severity.Critical, "fs.config.perms_world_readable", "Config file is world-readable");
        }
        else if (!isLink && f.GroupReadable)
        {
            yield return Info.Find($"{FileModes.Describe(f)}; group members can read the tokens and settings in it.", FileModes.At(f), Severity.Medium, "fs.config.perms_group_readable", "Config file is group-readable");
        }
    }
}

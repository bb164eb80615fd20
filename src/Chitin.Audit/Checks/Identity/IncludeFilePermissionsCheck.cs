using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Identity;

internal sealed class IncludeFilePermissionsCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-IDS-003",
        Title = "Config include file is open to other users",
        Layer = Layer.Identity,
        DefaultSeverity = Severity.Critical,
        Description = "Files pulled in with $include are part of the effective config: writable by others means they can change it, readable means they get the secrets it holds.",
        Remediation = "chmod 600 every $include file (openclaw security audit --fix does this).",
        OpenClawCheckIds = ["fs.config_include.perms_writable", "fs.config_include.perms_world_readable", "fs.config_include.perms_group_readable"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var path in install.IncludePaths.Distinct(StringComparer.Ordinal))
        {
            var f = install.File(path);
            if (!f.Exists)
            {
                continue;
            }

            if (FileModes.Writable(f))
            {
                yield return Info.Find($"{FileModes.Describe(f)}; another user could influence the effective config.", FileModes.At(f), Severity.Critical, "fs.config_include.perms_writable", "Config include file is writable by others");
            }
            else if (f.WorldReadable)
            {
                yield return Info.Find($"{FileModes.Describe(f)}; include files can contain tokens and private settings.", FileModes.At(f), Severity.Critical, "fs.config_include.perms_world_readable", "Config include file is world-readable");
            }
            else if (f.GroupReadable)
            {
                yield return Info.Find($"{FileModes.Describe(f)}; include files can contain tokens and private settings.", FileModes.At(f), Severity.Medium, "fs.config_include.perms_group_readable", "Config include file is group-readable");
            }
        }
    }
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Identity;

internal sealed class CredentialsDirPermissionsCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-IDS-004",
        Title = "Credentials directory or its files open to other users",
        Layer = Layer.Identity,
        DefaultSeverity = Severity.Critical,
        Description = "credentials/ holds channel sessions (WhatsApp creds.json), the pairing allow stores and legacy OAuth tokens. Writable by others means they can add themselves to an allowlist or swap a session; readable means they can take the sessions over.",
        Remediation = "chmod 700 the credentials dir and 600 the files in it (openclaw security audit --fix does both).",
        OpenClawCheckIds = ["fs.credentials_dir.perms_writable", "fs.credentials_dir.perms_readable"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var dir = install.Environment.TryGetValue("OPENCLAW_OAUTH_DIR", out var od) && od.Trim().Length > 0
            ? AgentResolver.ExpandHome(od.Trim(), install.HomeDir)
            : Path.Combine(install.StateDir, "credentials");
        var f = install.File(dir);
        if (!f.Exists || !FileModes.IsDirectory(f))
        {
            yield break;
        }

        if (FileModes.Writable(f))
        {
            yield return Info.Find($"{FileModes.Describe(f)}; another user could drop or modify credential files.", FileModes.At(f), Severity.Critical, "fs.credentials_dir.perms_writable", "Credentials directory is writable by others");
        }
        else if (FileModes.Readable(f))
        {
            yield return Info.Find($"{FileModes.Describe(f)}; credentials and allowlists can be sensitive.", FileModes.At(f), Severity.Medium, "fs.credentials_dir.perms_readable", "Credentials directory is readable by others");
        }

        // Beyond OpenClaw: the files themselves (its audit looks at the directory only).
        foreach (var file in install.Files.Values.Where(x => x.Exists && !FileModes.IsDirectory(x) && x.Path != dir && SharedDirs.IsUnder(x.Path, dir)).OrderBy(x => x.Path, StringComparer.Ordinal))
        {
            if (FileModes.Writable(file))
            {
                yield return Info.Find($"{FileModes.Describe(file)}; another user could rewrite this credential or allowlist file.", FileModes.At(file), Severity.High, title: "Credential file is writable by others");
            }
            else if (file.WorldReadable)
            {
                yield return Info.Find($"{FileModes.Describe(file)}; every local user can read this credential file.", FileModes.At(file), Severity.High, title: "Credential file is world-readable");
            }
            else if (file.GroupReadable)
            {
                yield return Info.Find($"{FileModes.Describe(file)}; group members can read this credential file.", FileModes.At(file), Severity.Medium, title: "Credential file is group-readable");
            }
        }
    }
}

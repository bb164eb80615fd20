using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Identity;

internal sealed class StateDatabasePermissionsCheck : IAuditCheck
{
    private static readonly string[] DbFiles = ["openclaw.sqlite", "openclaw.sqlite-wal", "openclaw.sqlite-shm"];

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-IDS-016",
        Title = "Runtime database open to other users",
        Layer = Layer.Identity,
        DefaultSeverity = Severity.Critical,
        Description = "state/openclaw.sqlite holds the gateway's device private key, MCP OAuth tokens and store secrets in plaintext, plus exec approvals and plugin install records. OpenClaw does not check its mode: a reader can impersonate the gateway and use its tokens, a writer can grant exec approvals.",
        Remediation = "chmod 700 <state>/state and 600 state/openclaw.sqlite, -wal and -shm (stop the gateway first so the sidecars are recreated with the tighter mode).",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var dir = install.StateFile("state");
        if (dir.Exists && FileModes.IsDirectory(dir))
        {
            if (dir.WorldWritable)
            {
                yield return Info.Find($"{FileModes.Describe(dir)}; other users can replace the runtime database.", FileModes.At(dir), Severity.Critical, title: "state/ directory is world-writable");
            }
            else if (dir.GroupWritable)
            {
                yield return Info.Find($"{FileModes.Describe(dir)}; group members can replace the runtime database.", FileModes.At(dir), Severity.High, title: "state/ directory is group-writable");
            }
            else if (FileModes.Readable(dir))
            {
                yield return Info.Find($"{FileModes.Describe(dir)}; other users can list the runtime database files.", FileModes.At(dir), Severity.Low, title: "state/ directory is readable by others");
            }
        }

        foreach (var name in DbFiles)
        {
            var f = install.StateFile("state", name);
            if (!f.Exists || FileModes.IsDirectory(f))
            {
                continue;
            }

            if (f.WorldWritable || f.WorldReadable)
            {
                yield return Info.Find($"{FileModes.Describe(f)}; every local user can {(f.WorldWritable ? "rewrite" : "read")} device keys, OAuth tokens and store secrets.", FileModes.At(f), Severity.Critical, title: $"state/{name} is open to every user");
            }
            else if (f.GroupWritable)
            {
                yield return Info.Find($"{FileModes.Describe(f)}; group members can rewrite approvals and install records.", FileModes.At(f), Severity.High, title: $"state/{name} is group-writable");
            }
            else if (f.GroupReadable)
            {
                yield return Info.Find($"{FileModes.Describe(f)}; group members can read device keys, OAuth tokens and store secrets.", FileModes.At(f), Severity.High, title: $"state/{name} is group-readable");
            }
        }
    }
}

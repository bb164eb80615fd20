using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Identity;

internal sealed class AuthProfileStorePermissionsCheck : IAuditCheck
{
    private static readonly (string File, string Label, bool ByOpenClaw)[] Targets =
    [
        ("auth-profiles.json", "legacy auth-profiles.json", true),
        ("openclaw-agent.sqlite", "auth profile SQLite store", true),
        ("openclaw-agent.sqlite-wal", "auth profile SQLite store", true),
        ("openclaw-agent.sqlite-shm", "auth profile SQLite store", true),
        ("auth.json", "legacy auth.json", false),
    ];

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-IDS-005",
        Title = "Agent auth profile store open to other users",
        Layer = Layer.Identity,
        DefaultSeverity = Severity.Critical,
        Description = "Each agent keeps its model-provider API keys and OAuth tokens in agents/<id>/agent (openclaw-agent.sqlite, legacy auth-profiles.json/auth.json). Readable by others leaks the keys; writable lets them inject credentials.",
        Remediation = "chmod 600 the per-agent auth files and 700 their directories (openclaw security audit --fix does this for auth-profiles.json and the SQLite store).",
        OpenClawCheckIds = ["fs.auth_profiles.perms_writable", "fs.auth_profiles.perms_readable"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, byOpenClaw) in AuditedAgents.Ids(install))
        {
            var dirs = new List<string> { Path.Combine(install.StateDir, "agents", id, "agent") };
            if (install.Agents.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.OrdinalIgnoreCase)) is { } agent && !dirs.Contains(agent.AgentDir))
            {
                dirs.Add(agent.AgentDir);
            }

            for (var d = 0; d < dirs.Count; d++)
            {
                foreach (var (file, label, fileByOpenClaw) in Targets)
                {
                    var f = install.File(Path.Combine(dirs[d], file));
                    if (!f.Exists || !seen.Add(f.Path))
                    {
                        continue;
                    }

                    // OpenClaw looks only at <state>/agents/<id>/agent of the agents it knows about.
                    var mirrored = byOpenClaw && fileByOpenClaw && d == 0;
                    if (FileModes.Writable(f))
                    {
                        var finding = Info.Find($"{FileModes.Describe(f)}; another user could inject credentials into agent {id}.", FileModes.At(f), Severity.Critical, "fs.auth_profiles.perms_writable", $"{Cap(label)} is writable by others");
                        yield return mirrored ? finding : finding with { OpenClawCheckId = null };
                    }
                    else if (FileModes.Readable(f))
                    {
                        var finding = Info.Find($"{FileModes.Describe(f)}; the {label} of agent {id} holds API keys and OAuth tokens.", FileModes.At(f), f.WorldReadable ? Severity.High : Severity.Medium, "fs.auth_profiles.perms_readable", $"{Cap(label)} is readable by others");
                        yield return mirrored ? finding : finding with { OpenClawCheckId = null };
                    }
                }
            }
        }
    }

    private static string Cap(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}

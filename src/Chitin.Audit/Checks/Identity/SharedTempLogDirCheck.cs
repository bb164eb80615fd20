using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Identity;

internal sealed class SharedTempLogDirCheck : IAuditCheck
{
    private const string DefaultLogDir = "/tmp/openclaw";

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-IDS-020",
        Title = "Gateway logs go to a shared temp directory",
        Layer = Layer.Identity,
        DefaultSeverity = Severity.Low,
        Description = "Without logging.file OpenClaw writes openclaw-YYYY-MM-DD.log under /tmp/openclaw, outside the state dir and in a world-writable parent: another user can create /tmp/openclaw first and read every log written into it. OpenClaw's audit checks the log file only when logging.file is set.",
        Remediation = "Set logging.file to a path inside a 700 directory you own (e.g. <state>/logs/openclaw.log) and chmod 600 the file.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var node = install.Config.Get("logging.file");
        var configured = (node as J5String)?.Value.Trim();
        string dir;
        Evidence evidence;
        if (string.IsNullOrEmpty(configured))
        {
            dir = DefaultLogDir;
            evidence = Evidence.ForConfigPath(install.ConfigPath, "logging.file", "unset (default " + DefaultLogDir + ")");
        }
        else
        {
            var path = AgentResolver.ExpandHome(configured, install.HomeDir);
            if (!SharedDirs.IsTemp(path))
            {
                yield break;
            }

            dir = Path.GetDirectoryName(path) ?? DefaultLogDir;
            evidence = Evidence.At(node!, configured);
        }

        var facts = install.File(dir);
        var owner = install.File(install.StateDir).Uid;
        var foreign = facts.Exists && facts.Uid >= 0 && owner >= 0 && facts.Uid != owner;
        var open = facts.Exists && (FileModes.Readable(facts) || FileModes.Writable(facts));
        var detail = $"Logs are written under {dir}, in a temp location every local user can create entries in" +
            (foreign ? $"; {dir} is owned by uid {facts.Uid}, not the gateway user" : "") +
            (open ? $"; {dir} has mode {facts.ModeText}" : "") + ".";
        yield return Info.Find(detail, evidence, foreign ? Severity.High : open ? Severity.Medium : Severity.Low);
    }
}

using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Identity;

internal sealed class LogFilePermissionsCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-IDS-007",
        Title = "Configured log file readable by other users",
        Layer = Layer.Identity,
        DefaultSeverity = Severity.Medium,
        Description = "Gateway logs carry tool summaries, URLs, errors and parts of private messages; the file named by logging.file should be readable by its owner only.",
        Remediation = "chmod 600 the log file (openclaw security audit --fix does not, whatever its docs say) and keep its directory 700.",
        OpenClawCheckIds = ["fs.log_file.perms_readable"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var node = install.Config.Get("logging.file");
        var logFile = (node as J5String)?.Value.Trim();
        if (node is null || string.IsNullOrEmpty(logFile))
        {
            yield break;
        }

        var f = install.File(AgentResolver.ExpandHome(logFile, install.HomeDir));
        if (f.Exists && FileModes.Readable(f))
        {
            yield return Info.Find($"{FileModes.Describe(f)}; logs can contain private messages and tool output.", FileModes.At(f), f.WorldReadable ? Severity.Medium : Severity.Low);
        }
    }
}

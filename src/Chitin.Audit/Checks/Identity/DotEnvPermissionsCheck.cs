using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Identity;

internal sealed class DotEnvPermissionsCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-IDS-014",
        Title = "State-dir .env file open to other users",
        Layer = Layer.Identity,
        DefaultSeverity = Severity.High,
        Description = "<state>/.env is loaded into the gateway and CLI environment and usually holds provider keys and the gateway token or password. OpenClaw never checks its mode and --fix leaves it alone.",
        Remediation = "chmod 600 <state>/.env (and make sure it is owned by the user the gateway runs as).",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var f = install.StateFile(".env");
        if (!f.Exists || FileModes.IsDirectory(f))
        {
            yield break;
        }

        var secrets = install.DotEnv.Count(e => SecretHeuristics.IsSecret(e.Key, e.Value) || e.Key.StartsWith("OPENCLAW_GATEWAY_", StringComparison.Ordinal));
        var holds = secrets > 0 ? $"; it holds {secrets} secret-looking value(s)" : "";
        if (FileModes.Writable(f))
        {
            yield return Info.Find($"{FileModes.Describe(f)}{holds}; another user could inject variables (tokens, proxies, NODE_OPTIONS) into the gateway.", FileModes.At(f), f.WorldWritable ? Severity.Critical : Severity.High, title: "State-dir .env is writable by others");
        }
        else if (f.WorldReadable)
        {
            yield return Info.Find($"{FileModes.Describe(f)}{holds}; every local user can read it.", FileModes.At(f), secrets > 0 ? Severity.High : Severity.Medium, title: "State-dir .env is world-readable");
        }
        else if (f.GroupReadable)
        {
            yield return Info.Find($"{FileModes.Describe(f)}{holds}; group members can read it.", FileModes.At(f), secrets > 0 ? Severity.Medium : Severity.Low, title: "State-dir .env is group-readable");
        }
    }
}

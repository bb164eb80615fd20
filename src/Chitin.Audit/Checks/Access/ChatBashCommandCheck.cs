using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Access;

internal sealed class ChatBashCommandCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-ACC-024",
        Title = "Chat messages can run host shell commands (commands.bash)",
        Layer = Layer.Access,
        DefaultSeverity = Severity.High,
        Description = "commands.bash true turns \"! <cmd>\" and /bash in chat into shell commands on the gateway host, outside any sandbox, for senders in the tools.elevated allowlists. A \"*\" there, or a compromised chat account of a listed sender, is a remote shell. OpenClaw's audit does not report it.",
        Remediation = "Set commands.bash false (default); use an SSH session or the sandboxed exec tool instead. If you keep it, keep tools.elevated.allowFrom to your own exact ids.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var c = install.Config;
        if (c.GetBool("commands.bash") != true)
        {
            yield break;
        }

        var evidence = ConfigEvidence.At(install, "commands.bash", "true");
        if (c.GetBool("tools.elevated.enabled") == false)
        {
            yield return Info.Find("commands.bash=true but tools.elevated.enabled=false, so no sender can use it yet; one config change re-arms it.", evidence, Severity.Low);
            yield break;
        }

        var grants = c.Members("tools.elevated.allowFrom").Select(m => (m.Key, List: ConfigView.GetStrings(m.Value))).Where(p => p.List.Count > 0).ToList();
        var wildcard = grants.Where(p => p.List.Any(e => e.Trim() == "*")).Select(p => p.Key).ToList();
        if (wildcard.Count > 0)
        {
            yield return Info.Find($"commands.bash=true and tools.elevated.allowFrom has \"*\" for {string.Join(", ", wildcard)}: anyone who can message the bot there gets a host shell.", evidence, Severity.Critical);
        }
        else if (grants.Count > 0)
        {
            yield return Info.Find($"commands.bash=true: senders listed in tools.elevated.allowFrom ({string.Join(", ", grants.Select(g => $"{g.Key}: {g.List.Count}"))}) can run host shell commands from chat.", evidence, Severity.High);
        }
        else
        {
            yield return Info.Find("commands.bash=true while tools.elevated.allowFrom lists nobody; the host shell is one allowlist entry away.", evidence, Severity.Medium);
        }
    }
}

using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Mcp;

internal sealed class ShellWrapperMcpCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-MCP-006",
        Title = "MCP server launched through a shell script or download",
        Layer = Layer.Mcp,
        DefaultSeverity = Severity.High,
        Description = "A server command like bash -c \"curl … | sh\" fetches and runs remote code on every gateway start, with the gateway user's rights; whoever controls that URL (or the network path to it) controls the host. Shell wrappers also hide what actually runs from review.",
        Remediation = "Install the server once from a pinned, reviewed package and point command at it directly; never pipe downloads into a shell.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var server in install.McpServers.Where(s => s.Enabled))
        {
            var wrapper = McpServerTraits.IsShellWrapper(server);
            var (downloads, pipes, where) = McpServerTraits.LaunchScript(server);
            if (!wrapper && !downloads && !pipes)
            {
                continue;
            }

            var node = where?.Node ?? server.Definition["command"] ?? server.Definition;
            var what = (downloads, pipes) switch
            {
                (true, true) => "downloads code and pipes it into a shell on every start",
                (false, true) => "pipes text into a shell on every start",
                (true, false) => "downloads from the network when launched",
                _ => $"runs an inline {McpLaunch.Program(server.Command)} script",
            };
            var severity = downloads && pipes ? Severity.Critical : downloads || pipes ? Severity.High : Severity.Medium;
            var hosts = McpServerTraits.UrlHosts(where?.Value ?? "");
            var value = McpLaunch.Program(server.Command) + (hosts.Count > 0 ? " → " + string.Join(", ", hosts) : "");
            yield return Info.Find($"{McpEvidence.Label(server)} {what}{(hosts.Count > 0 ? " (from " + string.Join(", ", hosts) + ")" : "")}.", Evidence.At(node, value), severity);
        }
    }
}

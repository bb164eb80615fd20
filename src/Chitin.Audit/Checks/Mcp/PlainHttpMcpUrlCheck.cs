using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Mcp;

internal sealed class PlainHttpMcpUrlCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-MCP-003",
        Title = "Remote MCP server reached over plain HTTP",
        Layer = Layer.Mcp,
        DefaultSeverity = Severity.Medium,
        Description = "An http:// (or ws://) MCP URL to a non-loopback host sends tool calls, results and any Authorization header in clear; anyone on the path can read them and inject tool definitions or results.",
        Remediation = "Use https:// with certificate verification, or reach the server through an SSH tunnel or tailnet and point the URL at loopback.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var server in install.McpServers.Where(s => s.Enabled))
        {
            if (server.Definition["url"] is not J5String urlNode || !Uri.TryCreate(urlNode.Value.Trim(), UriKind.Absolute, out var uri))
            {
                continue;
            }

            if (uri.Scheme is not ("http" or "ws") || McpServerTraits.IsLoopbackHost(uri.Host))
            {
                continue;
            }

            var sendsCredentials = server.Definition["auth"] is J5String { Value: "oauth" }
                || (server.Definition["headers"] as J5Object)?.Members.Any(h => SecretHeuristics.IsSecretName(h.Key)) == true;
            var detail = $"{McpEvidence.Label(server)} uses {uri.Scheme}://{uri.Host}:{uri.Port}" +
                (sendsCredentials ? "; its credentials travel in clear." : "; traffic is unencrypted and unauthenticated.");
            yield return Info.Find(detail, Evidence.At(urlNode, $"{uri.Scheme}://{uri.Host}:{uri.Port}"), sendsCredentials ? Severity.High : Severity.Medium);
        }
    }
}

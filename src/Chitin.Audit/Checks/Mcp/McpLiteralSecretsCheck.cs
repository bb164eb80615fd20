using System.Web;
using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Mcp;

internal sealed class McpLiteralSecretsCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-MCP-004",
        Title = "Literal secret in an MCP server definition",
        Layer = Layer.Mcp,
        DefaultSeverity = Severity.High,
        Description = "MCP env and headers cannot be SecretRefs, so tokens written there sit in plaintext in openclaw.json or mcporter.json (and in every backup), and are handed to the server process. Secrets in args or the URL also show up in process listings and logs.",
        Remediation = "Write the value as \"${VAR}\" (e.g. Authorization: \"Bearer ${CRM_TOKEN}\") and set the variable in the service environment or <state>/.env; rotate tokens that were written in clear.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var server in install.McpServers)
        {
            foreach (var (map, noun) in new[] { ("env", "env"), ("headers", "header") })
            {
                if (server.Definition[map] is not J5Object o)
                {
                    continue;
                }

                foreach (var m in o.Members)
                {
                    if (m.Value is J5String s && SecretHeuristics.IsSecret(m.Key, s.Value))
                    {
                        yield return Info.Find($"{McpEvidence.Label(server)} has a literal secret in {noun} {m.Key}.", Evidence.At(s, Redaction.Secret(s.Value)));
                    }
                }
            }

            var args = McpLaunch.Args(server);
            for (var i = 0; i < args.Count; i++)
            {
                var a = args[i].Value;
                var eq = a.IndexOf('=', StringComparison.Ordinal);
                bool secret;
                if (a.StartsWith("--", StringComparison.Ordinal) && eq > 2)
                {
                    secret = SecretHeuristics.IsSecret(a[2..eq], a[(eq + 1)..]);
                }
                else
                {
                    var prev = i > 0 ? args[i - 1].Value : "";
                    var valueOfSecretFlag = prev.StartsWith("--", StringComparison.Ordinal) && !prev.Contains('=', StringComparison.Ordinal) && SecretHeuristics.IsSecret(prev[2..], a);
                    secret = valueOfSecretFlag || (SecretHeuristics.IsLiteral(a) && SecretHeuristics.LooksLikeSecretValue(a));
                }

                if (secret)
                {
                    yield return Info.Find($"{McpEvidence.Label(server)} passes a literal secret as launch argument {i}.", Evidence.At(args[i].Node, Redaction.Secret(a)));
                }
            }

            if (server.Definition["url"] is J5String url && Uri.TryCreate(url.Value.Trim(), UriKind.Absolute, out var uri) && UrlSecret(uri) is { } where)
            {
                yield return Info.Find($"{McpEvidence.Label(server)} carries a credential in its URL ({where}).", Evidence.At(url, $"{uri.Scheme}://{uri.Host}{uri.AbsolutePath} ({Redaction.Secret(url.Value)})"));
            }
        }
    }

    private static string? UrlSecret(Uri uri)
    {
        if (uri.UserInfo.Contains(':', StringComparison.Ordinal))
        {
            return "user:password";
        }

        var query = HttpUtility.ParseQueryString(uri.Query);
        foreach (var key in query.AllKeys.OfType<string>())
        {
            if (SecretHeuristics.IsSecret(key, query[key]))
            {
                return "query parameter " + key;
            }
        }

        return null;
    }
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Network;

internal sealed class ControlUiInsecureOriginCheck : IAuditCheck
{
    private static readonly string[] LocalSuffixes = [".local", ".lan", ".internal", ".home.arpa", ".localhost", ".ts.net"];

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-035",
        Title = "Control UI allowed origin uses http:// for a public host",
        Layer = Layer.Network,
        DefaultSeverity = Severity.Medium,
        Description = "An entry of gateway.controlUi.allowedOrigins is a plain-HTTP origin on a public host or address, so the operator's Control UI session (and the gateway credential it sends) crosses the internet unencrypted.",
        Remediation = "Serve the Control UI over https (a TLS reverse proxy, gateway.tls, or Tailscale Serve) and list the https:// origin instead.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var item in install.Config.GetArray("gateway.controlUi.allowedOrigins")?.Items.OfType<J5String>() ?? [])
        {
            var text = item.Value.Trim();
            if (!text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || !Uri.TryCreate(text, UriKind.Absolute, out var uri) || IsLocal(uri.Host))
            {
                continue;
            }

            yield return Info.Find($"gateway.controlUi.allowedOrigins allows \"{text}\", a plain-HTTP origin on a public host.", Evidence.At(item, text));
        }
    }

    private static bool IsLocal(string host)
    {
        var h = host.Trim('[', ']').ToLowerInvariant();
        if (IpRange.TryParse(h, out var ip))
        {
            return ip.IsPrivateOrLocal;
        }

        return h == "localhost" || !h.Contains('.', StringComparison.Ordinal) || LocalSuffixes.Any(s => h.EndsWith(s, StringComparison.Ordinal));
    }
}

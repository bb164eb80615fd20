using System.Net;
using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Container;

internal sealed class SandboxCdpSourceRangeCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-033",
        Title = "Sandbox browser CDP accepts a broad source range",
        Layer = Layer.Container,
        DefaultSeverity = Severity.Medium,
        Description = "sandbox.browser.cdpSourceRange decides which addresses may connect to the sandbox browser's DevTools port. CDP is full control of the browser; 0.0.0.0/0, ::/0 or a range wider than a /16 (IPv4) or /48 (IPv6) admits far more than the gateway.",
        Remediation = "Set cdpSourceRange to the gateway's own address (a /32 or /128), or leave it unset.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var s in SandboxSetting.Collect(install, p => p.Browser("cdpSourceRange")))
        {
            if (s.Node is not J5String { Value: var raw } || Width(raw.Trim()) is not { } width)
            {
                continue;
            }

            var all = width.Prefix == 0;
            yield return Info.Find(
                $"{s.Node.Path} is \"{raw}\"{(all ? ": any address" : "")} (used by {s.Contexts}){SandboxCapDropCheck.Latent(s)}.",
                Evidence.At(s.Node, raw),
                !s.InEffect ? Severity.Low : all ? Severity.High : Severity.Medium);
        }
    }

    /// <summary>The prefix length when the range is broad, null when narrow or unparsable.</summary>
    private static (int Prefix, bool V6)? Width(string cidr)
    {
        var slash = cidr.IndexOf('/', StringComparison.Ordinal);
        var addr = slash < 0 ? cidr : cidr[..slash];
        if (!IPAddress.TryParse(addr, out var ip))
        {
            return null;
        }

        var v6 = ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6;
        var max = v6 ? 128 : 32;
        var prefix = slash < 0 ? max : int.TryParse(cidr[(slash + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : -1;
        if (prefix < 0 || prefix > max)
        {
            return null;
        }

        return prefix < (v6 ? 48 : 16) ? (prefix, v6) : null;
    }
}

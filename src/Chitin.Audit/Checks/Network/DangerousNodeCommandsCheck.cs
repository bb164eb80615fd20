using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Network;

internal sealed class DangerousNodeCommandsCheck : IAuditCheck
{
    /// <summary>OpenClaw's <c>DEFAULT_DANGEROUS_NODE_COMMANDS</c> (node-command-policy-*.mjs, 2026.9.6).</summary>
    internal static readonly string[] Dangerous =
    [
        "camera.snap", "camera.clip", "camera.ptz.control", "screen.record", "contacts.add", "calendar.add", "reminders.add", "sms.send", "sms.search", "health.summary",
    ];

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-008",
        Title = "Dangerous node commands explicitly allowed",
        Layer = Layer.Network,
        DefaultSeverity = Severity.Medium,
        Description = "gateway.nodes.commands.allow enables device commands that read or act on private data (camera, screen recording, SMS, contacts, calendar, health) on paired phones and desktops.",
        Remediation = "Remove these entries from gateway.nodes.commands.allow; if you keep them, keep the gateway local or tailnet-only and treat its credential as full operator access.",
        OpenClawCheckIds = ["gateway.nodes.allow_commands_dangerous"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var allowNode = install.Config.GetArray("gateway.nodes.commands.allow");
        var allow = ConfigView.GetStrings(allowNode).Select(s => s.Trim()).Where(s => s.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (allowNode is null || allow.Count == 0)
        {
            yield break;
        }

        var deny = ConfigView.GetStrings(install.Config.Get("gateway.nodes.commands.deny")).Select(s => s.Trim()).ToHashSet(StringComparer.Ordinal);
        var hits = Dangerous.Where(d => allow.Contains(d) && !deny.Contains(d)).ToList();
        if (hits.Count == 0)
        {
            yield break;
        }

        var exposed = GatewayPosture.Of(install).ExposedPerOpenClaw;
        yield return Info.Find(
            $"gateway.nodes.commands.allow includes: {string.Join(", ", hits)}" + (exposed ? "; the gateway is reachable beyond loopback." : "."),
            Evidence.At(allowNode),
            exposed ? Severity.Critical : Severity.Medium);
    }
}

using System.Text.RegularExpressions;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Network;

internal sealed partial class IneffectiveNodeDenyCheck : IAuditCheck
{
    /// <summary>Every node command OpenClaw 2026.9.6 knows for any platform (listKnownNodeCommands with an empty deny list).</summary>
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "camera.list", "location.get", "device.info", "device.status", "contacts.search", "calendar.events", "reminders.list", "photos.latest",
        "motion.activity", "motion.pedometer", "system.notify", "watch.status", "watch.notify", "notifications.list", "notifications.actions",
        "device.permissions", "device.health", "device.apps", "callLog.search", "mobile.ui.observe", "mobile.ui.act", "camera.ptz.status",
        "system.run.prepare", "system.run", "system.which", "system.execApprovals.get", "system.execApprovals.set", "fs.listDir", "terminal.upload",
        "browser.proxy", "browser.proxy.upload.v1", "mcp.tools.call.v1", "agent.cli.claude.run.v1", "screen.snapshot", "desktop.stream", "computer.act",
        "talk.ptt.start", "talk.ptt.stop", "talk.ptt.cancel", "talk.ptt.once", "camera.snap", "camera.clip", "camera.ptz.control", "screen.record",
        "contacts.add", "calendar.add", "reminders.add", "sms.send", "sms.search", "health.summary",
    };

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-NET-009",
        Title = "gateway.nodes.commands.deny entries that match nothing",
        Layer = Layer.Network,
        DefaultSeverity = Severity.Medium,
        Description = "Node command deny entries match exact command ids only. Wildcards, regexes, group: names, entries with spaces and unknown ids deny nothing, so the command they were meant to block stays allowed.",
        Remediation = "Use exact command ids (e.g. system.run, camera.snap); to block broadly, remove risky ids from gateway.nodes.commands.allow and tighten tools.exec.",
        OpenClawCheckIds = ["gateway.nodes.deny_commands_ineffective"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var denyNode = install.Config.GetArray("gateway.nodes.commands.deny");
        var deny = ConfigView.GetStrings(denyNode).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        if (denyNode is null || deny.Count == 0)
        {
            yield break;
        }

        var known = new HashSet<string>(Known, StringComparer.Ordinal);
        known.UnionWith(ConfigView.GetStrings(install.Config.Get("gateway.nodes.commands.allow")).Select(s => s.Trim()));
        var patterns = deny.Where(LooksLikePattern).ToList();
        var unknown = deny.Where(d => !LooksLikePattern(d) && !known.Contains(d)).ToList();
        if (patterns.Count == 0 && unknown.Count == 0)
        {
            yield break;
        }

        var parts = new List<string>();
        if (patterns.Count > 0)
        {
            parts.Add("pattern-like entries (exact matching only): " + string.Join(", ", patterns));
        }

        if (unknown.Count > 0)
        {
            parts.Add("unknown command ids: " + string.Join(", ", unknown));
        }

        yield return Info.Find("gateway.nodes.commands.deny has " + string.Join("; ", parts) + ".", Evidence.At(denyNode));
    }

    /// <summary>OpenClaw's <c>looksLikeNodeCommandPattern</c>.</summary>
    internal static bool LooksLikePattern(string v) =>
        PatternChars().IsMatch(v) || v.StartsWith('/') || v.EndsWith('/') || v.StartsWith('^') || v.EndsWith('$')
        || v.Any(char.IsWhiteSpace) || v.Contains("group:", StringComparison.Ordinal);

    [GeneratedRegex(@"[?*\[\]{}(),|]")]
    private static partial Regex PatternChars();
}

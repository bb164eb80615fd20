using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Rules;

namespace Chitin.Audit.Checks.Identity;

/// <summary>
/// Keys OpenClaw's schema does not know. OpenClaw refuses the whole config (and so the gateway will not
/// start and its own audit will not run); Chitin reports each key by line and audits the rest.
/// </summary>
internal sealed class UnknownConfigKeysCheck : IAuditCheck
{
    /// <summary>Retired keys whose old meaning was a security control: the control is no longer in force.</summary>
    private static readonly Dictionary<string, string> Retired = new(StringComparer.Ordinal)
    {
        ["gateway.nodes.denyCommands"] = "retired: node command denials are no longer enforced from this key; move them to gateway.nodes.commands.deny (exact command ids).",
        ["gateway.controlUi.allowInsecureAuth"] = "retired: remove it; insecure Control UI auth is no longer configurable.",
        ["logging.redactSensitive"] = "retired: redaction is always on; use logging.redactPatterns to extend it.",
        ["plugins.installs"] = "retired: install records live in state/openclaw.sqlite now; remove the key (openclaw doctor --fix migrates it).",
        ["talk.apiKey"] = "retired: move the key to talk.providers.<id>.apiKey as a SecretRef.",
        ["gateway.tailscale.resetOnExit"] = "retired: remove it.",
        ["commands.ownerDisplay"] = "retired: remove it.",
    };

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-IDS-100",
        Title = "Config key unknown to OpenClaw (config would be refused)",
        Layer = Layer.Identity,
        DefaultSeverity = Severity.Low,
        Description = "OpenClaw validates its config strictly: one unknown or retired key makes the gateway, and its own security audit, refuse the whole file. Retired security keys also mean a control you wrote is not enforced.",
        Remediation = "Remove or rename the key (openclaw doctor --fix migrates retired keys), then check that the control it expressed is configured where OpenClaw reads it now.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        if (!install.ConfigExists)
        {
            yield break;
        }

        foreach (var (prop, path) in ConfigSchemaKeys.Instance.Unknown(install.Config.Root))
        {
            var generic = NormalizeChannel(path);
            var retired = Retired.TryGetValue(generic, out var why) || generic.EndsWith(".streamMode", StringComparison.Ordinal) && generic.StartsWith("channels.", StringComparison.Ordinal);
            var evidence = new Evidence
            {
                File = prop.Value.FilePath,
                Line = prop.Value.Document is null ? null : prop.KeySpan.Line,
                Column = prop.Value.Document is null ? null : prop.KeySpan.Column,
                JsonPath = path,
            };
            yield return Info.Find(
                retired
                    ? $"'{path}' is a retired key ({why ?? "retired: remove it"}) OpenClaw {ConfigSchemaKeys.Instance.Version} refuses this config."
                    : $"'{path}' is not a key OpenClaw {ConfigSchemaKeys.Instance.Version} knows; it refuses this config.",
                evidence,
                severity: retired && generic == "gateway.nodes.denyCommands" ? Severity.Medium : null,
                title: retired ? "Retired config key (config would be refused)" : null);
        }
    }

    private static string NormalizeChannel(string path)
    {
        var parts = path.Split('.');
        return parts.Length >= 3 && parts[0] == "channels" ? "channels.*." + string.Join('.', parts[2..]) : path;
    }
}

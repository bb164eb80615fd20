using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Identity;

internal sealed class PlaintextConfigSecretsCheck : IAuditCheck
{
    // Maps that take literals or ${VAR} only (no SecretRef); a member counts when its name or value looks like a credential.
    // mcp.servers.*.env/headers are CHI-MCP-004's (with the server's context, mcporter included), so one secret is one finding.
    private static readonly string[] HeuristicMaps =
    [
        "env.vars.*", "tools.web.fetch.headers.*",
        "tools.media.audio.headers.*", "tools.media.image.headers.*", "tools.media.video.headers.*", "tools.media.models[].headers.*",
        "agents.defaults.sandbox.docker.env.*", "agents.entries.*.sandbox.docker.env.*", "agents.list[].sandbox.docker.env.*",
        "skills.entries.*.env.*", "hooks.internal.entries.*.env.*",
    ];

    // Credential paths outside the credential matrix where any literal is a secret.
    private static readonly string[] ExtraLiteralPaths =
    [
        "agents.defaults.sandbox.ssh.identityData", "agents.entries.*.sandbox.ssh.identityData", "agents.list[].sandbox.ssh.identityData",
    ];

    // TLS material that is public or usually a file path, not a secret value.
    private static readonly string[] TlsLeaves = ["ca", "cert", "key", "passphrase"];

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-IDS-013",
        Title = "Plaintext credential in the config",
        Layer = Layer.Identity,
        DefaultSeverity = Severity.Medium,
        Description = "Bot tokens, provider and web-search keys, webhook secrets and env blocks written as literals end up in every backup, sync and commit of the config. OpenClaw's audit reports only the gateway password and hooks token.",
        Remediation = "Replace each literal with a SecretRef ({ source: \"env\" | \"file\" | \"exec\", provider, id }) where the path accepts one, else with \"${VAR}\" and the value in the service environment; rotate credentials that were committed or shared.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var root = install.Config.Root;
        var seen = new HashSet<J5Node>(ReferenceEqualityComparer.Instance);
        var hits = new List<(J5String Node, string Kind)>();

        foreach (var (pattern, segments, _) in SecretPathTable.Paths)
        {
            if (pattern == "gateway.auth.password")
            {
                continue; // CHI-IDS-009 reports it, as OpenClaw does.
            }

            var isHeaderMap = segments.Count >= 2 && segments[^1] == "*" && segments[^2] is "headers" or "env";
            foreach (var node in ConfigPathPattern.Match(root, segments))
            {
                if (node is not J5String s || !seen.Add(node))
                {
                    continue;
                }

                if (isHeaderMap ? SecretHeuristics.IsSecret(s.Key ?? "", s.Value) : IsPlaintext(s, segments[^1]))
                {
                    hits.Add((s, "credential path"));
                }
            }
        }

        foreach (var pattern in ExtraLiteralPaths)
        {
            foreach (var node in ConfigPathPattern.Match(root, pattern))
            {
                if (node is J5String s && seen.Add(node) && SecretHeuristics.IsLiteral(s.Value))
                {
                    hits.Add((s, "credential path"));
                }
            }
        }

        foreach (var pattern in HeuristicMaps)
        {
            foreach (var node in ConfigPathPattern.Match(root, pattern))
            {
                if (node is J5String s && seen.Add(node) && SecretHeuristics.IsSecret(s.Key ?? "", s.Value))
                {
                    hits.Add((s, "secret-looking value"));
                }
            }
        }

        foreach (var (node, kind) in hits.OrderBy(h => h.Node.FilePath, StringComparer.Ordinal).ThenBy(h => h.Node.Line))
        {
            var file = node.FilePath ?? install.ConfigPath;
            var facts = install.File(file);
            var exposed = facts.Exists && FileModes.Readable(facts);
            var synced = SyncedStateDirCheck.IsProbablySynced(file);
            var detail = $"{node.Path} holds a plaintext {(kind == "credential path" ? "credential" : "secret (by its name or format)")}" +
                (exposed ? $"; {file} is readable by other users (mode {facts.ModeText})" : "") +
                (synced ? $"; {file} is in a cloud-synced folder" : "") + ".";
            yield return Info.Find(detail, Evidence.At(node, Redaction.Secret(node.Value)), exposed || synced ? Severity.High : Severity.Medium);
        }
    }

    private static bool IsPlaintext(J5String s, string leaf)
    {
        if (!GatewayPasswordInConfigCheck.IsLiteral(s.Value) || !SecretHeuristics.IsLiteral(s.Value))
        {
            return false;
        }

        if (TlsLeaves.Contains(leaf, StringComparer.Ordinal))
        {
            var v = s.Value.Trim();
            var isPath = (v.StartsWith('/') || v.StartsWith("~/", StringComparison.Ordinal) || v.StartsWith("./", StringComparison.Ordinal)) && !v.Contains('\n', StringComparison.Ordinal);
            var isPublicCert = v.StartsWith("-----BEGIN CERTIFICATE", StringComparison.Ordinal);
            return !isPath && !isPublicCert;
        }

        return true;
    }
}

using System.Text;
using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Fixes.BuiltIn;

/// <summary>
/// Moves the other plaintext credentials out of the config into <c>&lt;state&gt;/.env</c>, unchanged: paths that
/// accept a SecretRef (bot tokens, provider, plugin, skill and talk keys...) get an env SecretRef; maps that take
/// only literals (MCP env and headers, web fetch headers) get <c>"${NAME}"</c>; <c>env.vars</c> entries move to
/// .env under their own name (OpenClaw applies both only when the process lacks the variable).
/// </summary>
internal sealed class PlaintextSecretsFix : IFix
{
    private static readonly string[] HandledElsewhere = ["gateway.auth.token", "gateway.auth.password", "hooks.token"];

    private static readonly string[] LiteralOnlyMaps =
    [
        "mcp.servers.*.env.*", "mcp.servers.*.headers.*", "tools.web.fetch.headers.*", "skills.entries.*.env.*", "hooks.internal.entries.*.env.*",
    ];

    private static readonly string[] TlsLeaves = ["ca", "cert", "key", "passphrase"];

    public string Id => "FIX-PLAINTEXT-SECRETS";

    public string Title => "Credentials from .env instead of the config";

    public IReadOnlyList<string> CheckIds { get; } = ["CHI-IDS-013"];

    public IEnumerable<FixChange> Plan(OpenClawInstall install, FixContext context)
    {
        var root = install.Config.Root;
        var seen = new HashSet<J5Node>(ReferenceEqualityComparer.Instance);
        var taken = install.DotEnv.GroupBy(e => e.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
        foreach (var (pattern, segments, refCapable) in SecretPathTable.Paths)
        {
            if (HandledElsewhere.Contains(pattern, StringComparer.Ordinal))
            {
                continue;
            }

            var isMap = segments.Count >= 2 && segments[^1] == "*" && segments[^2] is "headers" or "env";
            foreach (var node in ConfigPathPattern.Match(root, segments))
            {
                if (node is not J5String s || !seen.Add(node) || !SecretHeuristics.IsLiteral(s.Value))
                {
                    continue;
                }

                if (isMap ? !SecretHeuristics.IsSecret(s.Key ?? "", s.Value) : IsFileOrPublic(s, segments[^1]))
                {
                    continue;
                }

                foreach (var change in Move(s, refCapable && !isMap, taken))
                {
                    yield return change;
                }
            }
        }

        foreach (var pattern in LiteralOnlyMaps)
        {
            foreach (var node in ConfigPathPattern.Match(root, pattern))
            {
                if (node is J5String s && seen.Add(node) && SecretHeuristics.IsSecret(s.Key ?? "", s.Value))
                {
                    foreach (var change in Move(s, asRef: false, taken))
                    {
                        yield return change;
                    }
                }
            }
        }

        foreach (var p in install.Config.Members("env.vars"))
        {
            if (p.Value is not J5String s || !SecretHeuristics.IsSecret(p.Key, s.Value) || !seen.Add(s))
            {
                continue;
            }

            if (!Editing.DotEnvEdit.IsValidKey(p.Key) || !Editing.DotEnvEdit.CanWrite(s.Value) || (taken.TryGetValue(p.Key, out var v) && v != s.Value))
            {
                yield return new FixNote { Reason = $"env.vars.{p.Key} holds a plaintext secret; move it to the service environment yourself (.env already has a different {p.Key}, or the value cannot be written there safely)" };
                continue;
            }

            taken[p.Key] = s.Value;
            yield return new EnvFileSet(p.Key, s.Value) { Reason = $"env.vars.{p.Key} moves to .env, unchanged" };
            yield return new ConfigRemove(ConfigPath.Of(s)) { Reason = "now set from .env (OpenClaw loads it into the same environment)" };
        }
    }

    private static IEnumerable<FixChange> Move(J5String s, bool asRef, Dictionary<string, string> taken)
    {
        var path = ConfigPath.Of(s);
        if (!Editing.DotEnvEdit.CanWrite(s.Value))
        {
            yield return new FixNote { Reason = $"{path} holds a plaintext secret that cannot be written to .env safely; move it yourself" };
            yield break;
        }

        var name = VariableFor(path);
        for (var n = 2; taken.TryGetValue(name, out var existing) && existing != s.Value; n++)
        {
            name = VariableFor(path) + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        taken[name] = s.Value;
        yield return new EnvFileSet(name, s.Value) { Reason = $"{path} moves to .env, unchanged" };
        yield return new ConfigSet(path, asRef ? ConfigValue.EnvSecretRef(name) : ConfigValue.EnvReference(name))
        {
            Reason = asRef ? "OpenClaw resolves this SecretRef from its environment or <state>/.env" : "this key takes no SecretRef; OpenClaw substitutes ${NAME} from its environment or <state>/.env",
        };
    }

    /// <summary><c>channels.telegram.botToken</c> → <c>CHANNELS_TELEGRAM_BOT_TOKEN</c>.</summary>
    internal static string VariableFor(ConfigPath path)
    {
        var sb = new StringBuilder();
        foreach (var seg in path.Segments)
        {
            foreach (var token in seg.IsIndex ? [seg.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)] : SecretHeuristics.Tokens(seg.Key!))
            {
                if (sb.Length > 0)
                {
                    sb.Append('_');
                }

                sb.Append(token);
            }
        }

        var name = sb.ToString();
        return name.Length == 0 || char.IsAsciiDigit(name[0]) ? "SECRET_" + name : name;
    }

    private static bool IsFileOrPublic(J5String s, string leaf)
    {
        if (!TlsLeaves.Contains(leaf, StringComparer.Ordinal))
        {
            return false;
        }

        var v = s.Value.Trim();
        return v.StartsWith('/') || v.StartsWith("~/", StringComparison.Ordinal) || v.StartsWith("./", StringComparison.Ordinal) || v.StartsWith("-----BEGIN CERTIFICATE", StringComparison.Ordinal);
    }
}

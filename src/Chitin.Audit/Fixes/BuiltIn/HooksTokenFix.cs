using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Fixes.BuiltIn;

/// <summary>
/// Gives the webhook ingress its own strong token, separate from the gateway's. <c>hooks.token</c> cannot be a
/// SecretRef, so it becomes <c>"${OPENCLAW_HOOKS_TOKEN}"</c> with the value in <c>&lt;state&gt;/.env</c>. A token
/// that is short, a placeholder or equal to the gateway secret is replaced by a new one. Also moves a
/// <c>"/"</c> hook path to <c>/hooks</c> and turns off caller-chosen session keys.
/// </summary>
internal sealed class HooksTokenFix : IFix
{
    public const string Variable = "OPENCLAW_HOOKS_TOKEN";

    public string Id => "FIX-HOOKS-TOKEN";

    public string Title => "Separate strong webhook token from .env";

    public IReadOnlyList<string> CheckIds { get; } =
    [
        "CHI-IDS-010", "CHI-IDS-013", "CHI-ACC-017", "CHI-ACC-018", "CHI-ACC-019", "CHI-ACC-021", "CHI-ACC-022", "CHI-ACC-027",
        "config.secrets.hooks_token_in_config", "hooks.token_reuse_gateway_token", "hooks.token_too_short", "hooks.path_root",
        "hooks.request_session_key_enabled", "hooks.request_session_key_prefixes_missing", "hooks.allowed_agent_ids_unrestricted",
    ];

    public IEnumerable<FixChange> Plan(OpenClawInstall install, FixContext context)
    {
        var c = install.Config;
        if (c.GetObject("hooks") is null)
        {
            yield break;
        }

        var enabled = c.GetBool("hooks.enabled") == true;
        var node = c.Get("hooks.token");
        var current = SecretValue.From(node, install);
        var gateway = GatewayPosture.Of(install);
        var gatewaySecrets = new[] { gateway.Token.Value, gateway.Password.Value };
        var path = ConfigPath.Parse("hooks.token");
        if (node is J5String && !current.IsLiteral && current.EnvVar is { } variable)
        {
            var reused = gatewaySecrets.Any(g => g is not null && g.Trim() == current.Value?.Trim());
            if (!SecretChoice.IsStrong(current.Value) || reused)
            {
                var envVar = Editing.DotEnvEdit.IsValidKey(variable) ? variable : Variable;
                yield return new EnvFileSet(envVar, context.Secrets.NewSecret())
                {
                    Reason = reused ? "a new webhook token: the old one equals the gateway secret" : "a new webhook token (32 random bytes); the old one was missing, short or guessable",
                };
                if (envVar != variable)
                {
                    yield return new ConfigSet(path, ConfigValue.EnvReference(envVar)) { Reason = "reference the token kept in .env" };
                }
            }
        }
        else if (node is J5String || enabled)
        {
            var existing = (node as J5String)?.Value;
            var (value, generated) = SecretChoice.KeepOrGenerate(existing, context, gatewaySecrets);
            yield return new EnvFileSet(Variable, value)
            {
                Reason = generated ? "a new webhook token (32 random bytes), separate from the gateway secret" : "the webhook token moves out of the config, unchanged",
            };
            yield return new ConfigSet(path, ConfigValue.EnvReference(Variable))
            {
                Reason = "hooks.token cannot be a SecretRef; OpenClaw substitutes ${OPENCLAW_HOOKS_TOKEN} from its environment or <state>/.env",
            };
        }

        if (enabled && (c.Get("hooks.allowedAgentIds") is not J5Array { Count: > 0 } || InboundExposure.Wildcard(c.Get("hooks.allowedAgentIds")) is not null))
        {
            var kept = ConfigView.GetStrings(c.Get("hooks.allowedAgentIds")).Where(id => id.Trim() != "*").ToList();
            if (kept.Count == 0)
            {
                kept.Add(AgentRoster.DefaultAgentId(install) ?? "main");
            }

            yield return new ConfigSet(ConfigPath.Parse("hooks.allowedAgentIds"), ConfigValue.Strings(kept))
            {
                Reason = "webhook callers could start runs of any agent; allow the ones hooks are for (here the default agent)",
            };
        }

        if (c.GetString("hooks.path")?.Trim() == "/")
        {
            yield return new ConfigSet(ConfigPath.Parse("hooks.path"), ConfigValue.Str("/hooks")) { Reason = "a root hook path shadows every other gateway route" };
        }

        if (c.GetBool("hooks.allowRequestSessionKey") == true)
        {
            yield return new ConfigSet(ConfigPath.Parse("hooks.allowRequestSessionKey"), ConfigValue.Bool(false))
            {
                Reason = "callers could choose the session key and write into existing conversations",
            };
        }
    }
}

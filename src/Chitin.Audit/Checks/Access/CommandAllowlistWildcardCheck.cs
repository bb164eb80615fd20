using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Access;

internal sealed class CommandAllowlistWildcardCheck : IAuditCheck
{
    private static readonly string[] OwnerCommands = ["config", "mcp", "plugins", "debug", "bash"];

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-ACC-026",
        Title = "Chat command owners or command senders set to \"*\"",
        Layer = Layer.Access,
        DefaultSeverity = Severity.High,
        Description = "commands.ownerAllowFrom with \"*\" makes every sender an owner of owner-only chat commands (/config, /mcp, /plugins, /debug, /restart, /update); a \"*\" list in commands.allowFrom lets every sender use commands and directives. With /config or /plugins enabled that is config and plugin control from chat.",
        Remediation = "List exact owner ids in commands.ownerAllowFrom (e.g. \"telegram:123456789\") and exact senders in commands.allowFrom; keep commands.config/mcp/plugins/debug false unless needed.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var c = install.Config;
        var enabled = OwnerCommands.Where(k => c.GetBool("commands." + k) == true).ToList();
        var ownerStar = c.GetArray("commands.ownerAllowFrom")?.Items.OfType<J5String>().FirstOrDefault(s => s.Value.Trim() == "*" || s.Value.Trim().EndsWith(":*", StringComparison.Ordinal));
        if (ownerStar is not null)
        {
            yield return Info.Find(
                $"commands.ownerAllowFrom contains \"{ownerStar.Value.Trim()}\": every sender is an owner"
                    + (enabled.Count > 0 ? $", and owner-only commands {string.Join(", ", enabled.Select(e => "/" + e))} are enabled." : " of /restart, /update and any owner-only command enabled later."),
                Evidence.At(ownerStar, ownerStar.Value.Trim()),
                enabled.Count > 0 ? Severity.Critical : Severity.High);
        }

        foreach (var p in c.Members("commands.allowFrom"))
        {
            if (p.Value is J5Array list && list.Items.OfType<J5String>().FirstOrDefault(s => s.Value.Trim() == "*") is { } star)
            {
                yield return Info.Find($"commands.allowFrom.{p.Key} contains \"*\": every sender on {(p.Key == "*" ? "every channel" : p.Key)} may use chat commands and directives.", Evidence.At(star, "*"), Severity.Medium);
            }
        }
    }
}

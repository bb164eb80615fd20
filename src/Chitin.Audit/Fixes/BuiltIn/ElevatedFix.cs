using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Fixes.BuiltIn;

/// <summary>
/// Turns elevated exec (commands on the host, outside any sandbox) off: <c>tools.elevated.enabled: false</c>
/// (the default is on) and sessions no longer start elevated (<c>elevatedDefault</c> <c>off</c>).
/// </summary>
internal sealed class ElevatedFix : IFix
{
    public string Id => "FIX-ELEVATED-OFF";

    public string Title => "Elevated exec off";

    public IReadOnlyList<string> CheckIds { get; } =
    [
        "CHI-EXE-001", "CHI-EXE-018", "CHI-EXE-019",
        "tools.elevated.allowFrom.<provider>.wildcard", "tools.elevated.allowFrom.<provider>.large", "security.exposure.open_groups_with_elevated",
    ];

    public IEnumerable<FixChange> Plan(OpenClawInstall install, FixContext context)
    {
        var c = install.Config;
        if (c.GetBool("tools.elevated.enabled") != false)
        {
            yield return new ConfigSet(ConfigPath.Parse("tools.elevated.enabled"), ConfigValue.Bool(false))
            {
                Reason = "elevated exec escapes the sandbox onto the gateway host; it is on unless set to false",
            };
        }

        if (c.Get("agents.defaults.elevatedDefault") is J5String d && d.Value != "off")
        {
            yield return new ConfigSet(ConfigPath.Parse("agents.defaults.elevatedDefault"), ConfigValue.Str("off")) { Reason = "sessions should not start elevated" };
        }

        foreach (var agent in install.Agents.Where(a => a.Entry is not null))
        {
            if (agent.Entry!["elevatedDefault"] is J5String e && e.Value != "off")
            {
                yield return new ConfigSet(ConfigPath.Of(agent.Entry).Append("elevatedDefault"), ConfigValue.Str("off")) { Reason = "sessions should not start elevated" };
            }
        }
    }
}

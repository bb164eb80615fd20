using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Exec;

internal sealed class SmallModelWithWebToolsCheck : IAuditCheck
{
    /// <summary>OpenClaw's threshold: models at or below this many billion parameters count as small.</summary>
    public const double SmallParamsB = 300;

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-EXE-014",
        Title = "Small model reachable by web tools",
        Layer = Layer.Exec,
        DefaultSeverity = Severity.High,
        Description = "A model of at most 300B parameters that can use web_search, web_fetch or the browser reads attacker-written pages and follows injected instructions easily. Without web tools the finding is informational.",
        Remediation = "Deny group:web and browser for small models (tools.byProvider[\"provider/model\"].deny), or globally; run such agents with sandbox mode \"all\".",
        OpenClawCheckIds = ["models.small_params"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var config = install.Config;
        var webSearch = WebSearchEnabled(config);
        var webFetch = config.Get("tools.web.fetch.enabled") is not J5Bool { Value: false };
        var browser = BrowserEnabled(config);
        var agents = AgentRoster.Configured(install);
        foreach (var m in ModelRef.Collect(install).Where(m => !m.IsImageModel))
        {
            if (m.ParamsB is not { } b || b > SmallParamsB)
            {
                continue;
            }

            var agent = m.AgentId is null ? null : agents.FirstOrDefault(a => a.AgentId == m.AgentId);
            var context = agent ?? new AgentScope(null, "agents.defaults", null);
            var sandbox = SandboxPosture.For(install, context);
            var policies = ToolPolicy.Resolve(config, context.Tools, sandbox.Mode,
                [ToolPolicy.ForProvider(config.GetObject("tools.byProvider"), m.Provider, m.Model), ToolPolicy.ForProvider(context.Tools?["byProvider"] as J5Object, m.Provider, m.Model)]);
            var exposed = new List<string>();
            if (webSearch && ToolPolicy.AllAllow("web_search", policies))
            {
                exposed.Add("web_search");
            }

            if (webFetch && ToolPolicy.AllAllow("web_fetch", policies))
            {
                exposed.Add("web_fetch");
            }

            if (browser && ToolPolicy.AllAllow("browser", policies))
            {
                exposed.Add("browser");
            }

            var size = b.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
            var web = exposed.Count > 0 ? string.Join(", ", exposed) : "off";
            yield return Info.Find(
                $"{m.Id} ({size}B) @ {m.Source}: sandbox={sandbox.Mode}; web=[{web}].",
                Evidence.At(m.Node, m.Id),
                exposed.Count > 0 ? Severity.High : Severity.Info,
                title: exposed.Count > 0 ? null : "Small model configured (no web tools reach it)");
        }
    }

    /// <summary>web_search is on when enabled explicitly, or when unset and a search credential is configured.</summary>
    internal static bool WebSearchEnabled(ConfigView config)
    {
        switch (config.Get("tools.web.search.enabled"))
        {
            case J5Bool { Value: false }:
                return false;
            case J5Bool { Value: true }:
                return true;
        }

        var search = config.GetObject("tools.web.search");
        if (search?.Members.Any(p => p.Key != "enabled" && HasValue(p.Value)) == true)
        {
            return true;
        }

        return config.Members("plugins.entries").Any(p => ConfigView.Get(p.Value, "config.webSearch") is J5Object ws && ws.Members.Any(m => m.Key != "enabled" && HasValue(m.Value)));
    }

    /// <summary>Browser control: browser.enabled not false and the browser plugin not disabled, denied or left out of plugins.allow.</summary>
    internal static bool BrowserEnabled(ConfigView config)
    {
        if (config.Get("browser.enabled") is J5Bool { Value: false } || config.Get("plugins.enabled") is J5Bool { Value: false })
        {
            return false;
        }

        if (config.GetStrings("plugins.deny").Any(s => s.Trim().Equals("browser", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (config.Get("plugins.entries.browser.enabled") is J5Bool { Value: false })
        {
            return false;
        }

        var allow = config.GetStrings("plugins.allow");
        return allow.Count == 0 || allow.Any(s => s.Trim().Equals("browser", StringComparison.OrdinalIgnoreCase));
    }

    private static bool HasValue(J5Node n) => n is J5String s ? s.Value.Trim().Length > 0 : n is not J5Null;
}

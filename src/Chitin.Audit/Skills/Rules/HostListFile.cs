namespace Chitin.Audit.Skills.Rules;

/// <summary>rules/skills/hosts.json: host classes used to grade URLs (suffix match; entries with a path match by prefix).</summary>
public sealed class HostListFile
{
    public string Version { get; set; } = "";

    /// <summary>Official installer hosts (curl … | sh from these is a normal vendor install).</summary>
    public List<string> Vendor { get; set; } = [];

    /// <summary>Request collectors and out-of-band interaction hosts.</summary>
    public List<string> Collector { get; set; } = [];

    public List<string> Tunnel { get; set; } = [];

    public List<string> Paste { get; set; } = [];

    public List<string> FileShare { get; set; } = [];

    /// <summary>Chat webhook URL prefixes (alerting skills use them legitimately).</summary>
    public List<string> Chat { get; set; } = [];

    /// <summary>Popular skill names (bundled and top ClawHub) that typosquats imitate.</summary>
    public List<string> PopularSkills { get; set; } = [];
}

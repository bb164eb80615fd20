using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Tests.Reporting;

/// <summary>
/// The one fixed report every writer's golden file renders: findings in six of the seven layers (exec has none), out of order on
/// purpose, one with a redacted secret, one in a container, one outside the state dir, one without
/// evidence, one suppressed by OpenClaw, and one whose ID is not in <see cref="Catalog"/>.
/// </summary>
internal static class SampleReport
{
    public const string StateDir = "/home/alice/.openclaw";
    public const string ConfigPath = StateDir + "/openclaw.json";

    public static IReadOnlyList<CheckInfo> Catalog { get; } =
    [
        new()
        {
            Id = "CHI-NET-001",
            Title = "Gateway listens beyond loopback without authentication",
            Layer = Layer.Network,
            DefaultSeverity = Severity.Critical,
            Description = "With gateway.bind other than loopback and no token, anyone who can reach the port controls the agent.",
            Remediation = "Set gateway.bind to \"loopback\", or set gateway.auth.mode \"token\" with a long random token.",
            OpenClawCheckIds = ["gateway.bind_no_auth"],
        },
        new()
        {
            Id = "CHI-ACC-002",
            Title = "Elevated tools allowed from any sender",
            Layer = Layer.Access,
            DefaultSeverity = Severity.High,
            Description = "A wildcard in tools.elevated.allowFrom.<provider> lets every sender on that channel run elevated tools.",
            Remediation = "List the sender IDs that may use elevated tools instead of \"*\".",
            OpenClawCheckIds = ["tools.elevated.allowFrom.<provider>.wildcard"],
        },
        new()
        {
            Id = "CHI-IDS-003",
            Title = "Secret stored in plain text in the config",
            Layer = Layer.Identity,
            DefaultSeverity = Severity.Medium,
            Description = "A credential written literally into openclaw.json leaks with every backup & copy of the file.",
            Remediation = "Move the value to a SecretRef or a ${VAR} reference backed by the environment.",
        },
        new()
        {
            Id = "CHI-CTR-001",
            Title = "Gateway container runs privileged",
            Layer = Layer.Container,
            DefaultSeverity = Severity.High,
            Description = "A privileged container can reach every device of the host; a compromised agent owns the host.",
            Remediation = "Remove --privileged; add only the capabilities the gateway needs.",
        },
        new()
        {
            Id = "CHI-SUP-004",
            Title = "Extension installed from an unpinned source",
            Layer = Layer.SupplyChain,
            DefaultSeverity = Severity.Low,
            Description = "An extension without a pinned version or integrity hash can change under you on the next update.",
            Remediation = "Pin the extension to a version and record its integrity hash.",
            OpenClawCheckIds = ["plugins.installs_unpinned_npm_specs"],
        },
        new()
        {
            Id = "CHI-MCP-002",
            Title = "MCP server receives a token in its environment",
            Layer = Layer.Mcp,
            DefaultSeverity = Severity.Medium,
            Description = "Every tool call of this MCP server runs with the token in reach.",
            Remediation = "Scope the token to the server's needs, or route the server through the Chitin MCP proxy.",
        },
    ];

    public static AuditReport Build() => new()
    {
        ToolVersion = "0.1.0",
        CatalogVersion = "2026.11.1",
        GeneratedAt = new DateTimeOffset(2026, 11, 2, 11, 15, 0, TimeSpan.FromHours(1)),
        StateDir = StateDir,
        ConfigPath = ConfigPath,
        OpenClawVersion = "2026.10.3",
        ChecksRun = 42,
        RuleSets = ["skills/builtin@2026.11.1", "iocs/builtin@2026.11.1"],
        Notes =
        [
            new LoadNote("config", "Duplicate key \"gateway\"; the last one wins.", ConfigPath, 30, 3),
            new LoadNote("skills", "Skill folder skills/weather has no SKILL.md; skipped."),
            new LoadNote("credentials", "credentials/whatsapp.json is not valid JSON.", StateDir + "/credentials/whatsapp.json", Error: true),
        ],
        Findings =
        [
            Find("CHI-SUP-004", Severity.Low, "Extension \"weather\" is installed from npm spec \"weather-tool@latest\" with no integrity hash.",
                Evidence.ForFile(StateDir + "/extensions/weather/package.json"), "plugins.installs_unpinned_npm_specs", suppressed: true),
            Find("CHI-IDS-003", Severity.Medium, "gateway.auth.token holds a literal secret & it is readable by anyone who can read the file.",
                new Evidence { File = ConfigPath, Line = 9, Column = 16, JsonPath = "gateway.auth.token", Value = Redaction.Secret(new string('x', 48)) }),
            Find("CHI-ACC-002", Severity.High, "tools.elevated.allowFrom.telegram contains \"*\": every Telegram sender may run elevated tools.",
                new Evidence { File = ConfigPath, Line = 22, Column = 22, JsonPath = "tools.elevated.allowFrom.telegram[0]", Value = "\"*\"" },
                "tools.elevated.allowFrom.telegram.wildcard"),
            Find("CHI-CTR-001", Severity.High, "Container openclaw-gateway runs with HostConfig.Privileged = true.",
                Evidence.ForContainer("openclaw-gateway", "HostConfig.Privileged", "true")),
            Find("CHI-NET-001", Severity.Critical, "gateway.bind is \"lan\" and auth mode \"none\" has no credential.",
                new Evidence { File = ConfigPath, Line = 4, Column = 13, JsonPath = "gateway.bind", Value = "\"lan\"" },
                "gateway.bind_no_auth"),
            Find("CHI-MCP-002", Severity.Medium, "MCP server \"github\" gets GITHUB_TOKEN from mcporter's config.",
                new Evidence { File = "/etc/mcporter/mcporter.json", Line = 7, Column = 9, JsonPath = "mcpServers.github.env.GITHUB_TOKEN", Value = Redaction.Secret(new string('g', 40)) }),
            new Finding
            {
                Id = "CHI-IDS-900",
                Layer = Layer.Identity,
                Severity = Severity.Info,
                Title = "Session transcripts are kept without a retention limit",
                Detail = "No session retention is configured; transcripts accumulate under agents/*/sessions.",
                Evidence = Evidence.None,
                Remediation = "Prune old sessions on a schedule if transcripts may hold sensitive chat content.",
            },
        ],
    };

    private static Finding Find(string id, Severity severity, string detail, Evidence evidence, string? openClaw = null, bool suppressed = false) =>
        Catalog.Single(c => c.Id == id).Find(detail, evidence, severity, openClaw) with { SuppressedByOpenClaw = suppressed };
}

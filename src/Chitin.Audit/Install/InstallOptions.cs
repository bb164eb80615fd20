namespace Chitin.Audit.Install;

/// <summary>What to load and from where. The CLI (composition root) fills it from flags and the environment.</summary>
public sealed record InstallOptions
{
    public string? StateDir { get; init; }

    public string? ConfigPath { get; init; }

    /// <summary>The process environment (only read here, never printed).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    public string FallbackHome { get; init; } = "/root";

    /// <summary>Where /proc/net lives; null to skip the listener scan.</summary>
    public string? ProcNet { get; init; } = "/proc/net";

    /// <summary>Docker engine socket; null to skip container inspection.</summary>
    public string? DockerSocket { get; init; } = "/var/run/docker.sock";

    /// <summary>Inspect this container as the gateway's instead of searching.</summary>
    public string? ContainerName { get; init; }

    public TimeSpan DockerTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Where an installed openclaw package.json may be (global npm prefixes).</summary>
    public IReadOnlyList<string> OpenClawPackageCandidates { get; init; } =
    [
        "/usr/local/lib/node_modules/openclaw/package.json",
        "/usr/lib/node_modules/openclaw/package.json",
        "/opt/homebrew/lib/node_modules/openclaw/package.json",
    ];

    /// <summary>Extra roots that <c>$include</c> may reach (OPENCLAW_INCLUDE_ROOTS).</summary>
    public IReadOnlyList<string> IncludeRoots { get; init; } = [];

    /// <summary>Where integrity baselines live (chitin baseline's default); null to skip the baseline checks.</summary>
    public string? BaselineDir { get; init; }

    /// <summary>The key that signs those baselines.</summary>
    public string? BaselineKeyFile { get; init; }
}

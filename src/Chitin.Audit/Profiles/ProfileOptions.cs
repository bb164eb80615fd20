namespace Chitin.Audit.Profiles;

/// <summary>Inputs a profile needs besides the install: where to write its files and, for containers and edges, how to reach them.</summary>
public sealed record ProfileOptions
{
    /// <summary>Directory for the generated run file, firewall snippet and advice (default <c>&lt;state&gt;/chitin-harden</c>).</summary>
    public required string OutputDir { get; init; }

    /// <summary>Gateway image, pinned to a release (never <c>latest</c>).</summary>
    public string Image { get; init; } = "ghcr.io/openclaw/openclaw:2026.9.6";

    public int Port { get; init; } = 18789;

    /// <summary>Hosted: the tenant's public https origin (Control UI allowed origin).</summary>
    public string? Origin { get; init; }

    /// <summary>Hosted: the one address the authenticating edge proxy connects from.</summary>
    public string ProxyAddress { get; init; } = "172.30.0.2";

    /// <summary>Hosted: the header the edge writes the authenticated user into.</summary>
    public string UserHeader { get; init; } = "x-forwarded-user";

    /// <summary>Hosted: users the edge may pass through.</summary>
    public IReadOnlyList<string> AllowUsers { get; init; } = [];
}

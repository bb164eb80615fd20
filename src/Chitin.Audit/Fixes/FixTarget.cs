namespace Chitin.Audit.Fixes;

/// <summary>
/// The posture fixes steer towards. <c>chitin audit --fix</c> uses <see cref="Default"/> (a gateway on this host,
/// loopback, token auth); <c>chitin harden</c> profiles change it (a container publishes a <c>lan</c> bind on
/// 127.0.0.1; a hosted cell authenticates through a trusted proxy).
/// </summary>
public sealed record FixTarget
{
    public static FixTarget Default { get; } = new();

    /// <summary>The bind fixes move a wider bind to: <c>loopback</c>, or <c>lan</c> inside a container.</summary>
    public string Bind { get; init; } = "loopback";

    /// <summary><c>token</c> (generated, kept in .env) or <c>trusted-proxy</c> (a profile writes the proxy settings).</summary>
    public string AuthMode { get; init; } = "token";
}

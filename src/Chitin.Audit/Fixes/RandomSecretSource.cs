using System.Security.Cryptography;

namespace Chitin.Audit.Fixes;

/// <summary>32 bytes from <see cref="RandomNumberGenerator"/>, hex-encoded (safe in .env files and shells without quoting).</summary>
public sealed class RandomSecretSource : ISecretSource
{
    public static RandomSecretSource Instance { get; } = new();

    public string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}

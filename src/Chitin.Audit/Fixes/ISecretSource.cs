namespace Chitin.Audit.Fixes;

/// <summary>Where generated secrets come from (cryptographic randomness in production; fixed values in tests).</summary>
public interface ISecretSource
{
    /// <summary>A new secret of 32 random bytes as 64 lowercase hex characters.</summary>
    string NewSecret();
}

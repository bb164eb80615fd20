namespace Chitin.Audit.Fixes;

/// <summary>What fixes may use besides the snapshot: a secret source and the target posture.</summary>
public sealed record FixContext
{
    public ISecretSource Secrets { get; init; } = RandomSecretSource.Instance;

    public FixTarget Target { get; init; } = FixTarget.Default;
}

namespace Chitin.Audit.Fixes;

/// <summary>One change a fix wants: shown in the plan before anything is written. <see cref="Reason"/> says why.</summary>
public abstract record FixChange
{
    public required string Reason { get; init; }
}

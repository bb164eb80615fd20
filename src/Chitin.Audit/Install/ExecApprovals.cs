namespace Chitin.Audit.Install;

/// <summary>The exec approvals store (<c>exec_approvals_config</c> in the state DB).</summary>
public sealed record ExecApprovals
{
    /// <summary>Agent id (or "defaults") → autoAllowSkills.</summary>
    public IReadOnlyDictionary<string, bool> AutoAllowSkills { get; init; } = new Dictionary<string, bool>();

    /// <summary>Agent id (or "defaults") → allowlist patterns.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Allowlists { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}

namespace Chitin.Audit.Checks.Exec;

/// <summary>The explicit list of Exec-layer checks. Add one line per new check.</summary>
public static class ExecChecks
{
    public static IReadOnlyList<IAuditCheck> All { get; } =
    [
        new ElevatedAllowFromCheck(),
        new ExecHostSandboxWithoutSandboxCheck(),
        new ExecSecurityFullCheck(),
        new FsToolsDisabledButExecCheck(),
        new AutoAllowSkillsCheck(),
        new InterpreterAllowlistWithoutStrictEvalCheck(),
        new SafeBinsInterpreterCheck(),
        new SafeBinsBroadBehaviorCheck(),
        new SafeBinTrustedDirsRiskyCheck(),
        new SkillAllowlistMcpBoundaryCheck(),
        new MinimalProfileOverriddenCheck(),
        new LegacyModelCheck(),
        new WeakTierModelCheck(),
        new SmallModelWithWebToolsCheck(),
        new AttackSurfaceSummaryCheck(),
        new DangerousConfigFlagsCheck(),
        new HostExecDefaultFullCheck(),
        new ElevatedImplicitlyEnabledCheck(),
        new ElevatedDefaultOnCheck(),
        new WorkspaceTooBroadCheck(),
        new FsWorkspaceOnlyDefaultCheck(),
        new SessionsVisibilityAllCheck(),
        new AgentToAgentUnrestrictedCheck(),
        new CodeModeEnabledCheck(),
        new SafeBinsInterpreterWithoutStrictEvalCheck(),
        new SubagentsAllowAnyCheck(),
        new WebFetchPrivateNetworkCheck(),
    ];
}

namespace Chitin.Audit.Checks.Mcp;

/// <summary>The explicit list of Mcp-layer checks. Add one line per new check.</summary>
public static class McpChecks
{
    public static IReadOnlyList<IAuditCheck> All { get; } =
    [
        new McpAppsEnabledCheck(),
        new UnpinnedMcpLauncherCheck(),
        new PlainHttpMcpUrlCheck(),
        new McpLiteralSecretsCheck(),
        new BroadFilesystemRootCheck(),
        new ShellWrapperMcpCheck(),
        new McpTlsVerifyDisabledCheck(),
        new SharedOAuthIdentityCheck(),
        new MissingToolFilterCheck(),
        new CodexAutoApprovalCheck(),
    ];
}

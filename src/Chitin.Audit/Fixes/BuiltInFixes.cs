using Chitin.Audit.Fixes.BuiltIn;

namespace Chitin.Audit.Fixes;

/// <summary>
/// The one registration list of fixes, in planning order: where two fixes want the same config path the
/// earlier one wins. A test fails when an <see cref="IFix"/> implementation exists that is not listed here.
/// </summary>
public static class BuiltInFixes
{
    public static IReadOnlyList<IFix> All { get; } =
    [
        new FileModesFix(),
        new GatewayAuthFix(),
        new LoopbackBindFix(),
        new ProxyAndOriginFix(),
        new HooksTokenFix(),
        new ChannelPolicyFix(),
        new ExecPolicyFix(),
        new ElevatedFix(),
        new SandboxFix(),
        new FsWorkspaceFix(),
        new PlaintextSecretsFix(),
        new McpServerFix(),
    ];
}

using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Posture;

/// <summary>
/// The tools one policy context (<c>agents.defaults</c> or a configured agent) can reach, with its effective
/// sandbox mode, as OpenClaw's exposure-matrix audit computes them (<c>resolveConfiguredToolPolicies</c> +
/// <c>isToolAllowedByPolicies</c>).
/// </summary>
internal sealed record ToolExposure(AgentScope Scope, string SandboxMode, IReadOnlyList<ToolPolicy> Policies)
{
    public bool Allows(string tool) => ToolPolicy.AllAllow(tool, Policies);

    public IReadOnlyList<string> Allowed(IEnumerable<string> tools) => [.. tools.Where(Allows)];

    /// <summary><c>tools.fs.workspaceOnly</c> of the agent, else the global one (null when neither is set).</summary>
    public bool? FsWorkspaceOnly(ConfigView config) =>
        (ConfigView.Get(Scope.Tools, "fs.workspaceOnly") as J5Bool)?.Value ?? config.GetBool("tools.fs.workspaceOnly");

    /// <summary><c>agents.defaults</c> and every configured agent.</summary>
    public static IReadOnlyList<ToolExposure> All(OpenClawInstall install) =>
        [.. AgentRoster.Contexts(install).Select(s =>
        {
            var mode = SandboxPosture.For(install, s).Mode;
            return new ToolExposure(s, mode, ToolPolicy.Resolve(install.Config, s.Tools, mode));
        })];
}

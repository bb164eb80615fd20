using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.Access;

internal sealed class OpenInboundWithRuntimeOrFsCheck : IAuditCheck
{
    internal static readonly string[] RuntimeTools = ["exec", "process"];
    internal static readonly string[] FsTools = ["read", "write", "edit", "apply_patch"];

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-ACC-003",
        Title = "Open group/DM policy with runtime or filesystem tools unsandboxed",
        Layer = Layer.Access,
        DefaultSeverity = Severity.Critical,
        Description = "A channel accepts anyone and some agent context (agents.defaults or a configured agent) keeps exec/process without sandbox mode \"all\" (critical), or file tools without sandbox \"all\" and without tools.fs.workspaceOnly (warning). A prompt injection in an open conversation becomes commands or file writes on the host.",
        Remediation = "For open groups or DMs use tools.profile \"messaging\" (or deny group:runtime and group:fs), set tools.fs.workspaceOnly true, and agents.defaults.sandbox.mode \"all\" for exposed agents.",
        OpenClawCheckIds = ["security.exposure.open_groups_with_runtime_or_fs"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var open = InboundExposure.OpenPolicies(install.Config);
        if (open.Count == 0)
        {
            yield break;
        }

        var (risky, runtimeRisk) = RiskyContexts(install);
        if (risky.Count == 0)
        {
            yield break;
        }

        yield return Info.Find(
            $"Inbound policy \"open\" at {string.Join(", ", open.Select(n => n.Path))}; risky tool contexts: {string.Join("; ", risky)}.",
            Evidence.At(open[0], "open"),
            runtimeRisk ? Severity.Critical : Severity.Medium);
    }

    /// <summary>OpenClaw's <c>collectRiskyToolExposureContexts</c>: contexts whose runtime or file tools are unguarded.</summary>
    internal static (List<string> Contexts, bool RuntimeRisk) RiskyContexts(OpenClawInstall install)
    {
        var list = new List<string>();
        var runtimeRisk = false;
        foreach (var ctx in ToolExposure.All(install))
        {
            var runtime = ctx.Allowed(RuntimeTools);
            var fs = ctx.Allowed(FsTools);
            var workspaceOnly = ctx.FsWorkspaceOnly(install.Config) == true;
            var runtimeUnguarded = runtime.Count > 0 && ctx.SandboxMode != "all";
            var fsUnguarded = fs.Count > 0 && ctx.SandboxMode != "all" && !workspaceOnly;
            if (!runtimeUnguarded && !fsUnguarded)
            {
                continue;
            }

            runtimeRisk |= runtimeUnguarded;
            list.Add($"{ctx.Scope.Label} (sandbox={ctx.SandboxMode}; runtime=[{Join(runtime)}]; fs=[{Join(fs)}]; fs.workspaceOnly={(workspaceOnly ? "true" : "false")})");
        }

        return (list, runtimeRisk);
    }

    private static string Join(IReadOnlyList<string> tools) => tools.Count == 0 ? "off" : string.Join(", ", tools);
}

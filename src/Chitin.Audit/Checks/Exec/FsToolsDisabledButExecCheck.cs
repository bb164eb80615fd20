using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Exec;

internal sealed class FsToolsDisabledButExecCheck : IAuditCheck
{
    private static readonly string[] MutatingFsTools = ["write", "edit", "apply_patch"];
    private static readonly string[] RuntimeTools = ["exec", "process"];

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-EXE-004",
        Title = "File tools are denied but exec can still write files",
        Layer = Layer.Exec,
        DefaultSeverity = Severity.Medium,
        Description = "Denying write/edit/apply_patch looks like a read-only agent, but exec is a shell: it writes wherever the host or sandbox filesystem allows unless exec runs in sandbox mode \"all\" with workspaceAccess \"ro\" or \"none\".",
        Remediation = "For a read-only agent deny exec and process too (tools.deny: [\"group:runtime\"]); if shell access is intended, run it in sandbox mode \"all\" with workspaceAccess \"ro\" or \"none\".",
        OpenClawCheckIds = ["tools.exec.fs_tools_disabled_but_exec_enabled"],
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var contexts = new List<AgentScope> { new(null, "tools", null) };
        contexts.AddRange(AgentRoster.Configured(install).Select(a => a with { Label = a.Label + ".tools" }));
        foreach (var context in contexts)
        {
            var sandbox = SandboxPosture.For(install, context);
            var host = (ConfigView.Get(context.Tools, "exec.host") as J5String)?.Value ?? install.Config.GetString("tools.exec.host") ?? "auto";
            var constrained = sandbox.Mode == "all" && host is not ("gateway" or "node") && sandbox.WorkspaceAccess != "rw";
            if (constrained)
            {
                continue;
            }

            var policies = ToolPolicy.Resolve(install.Config, context.Tools, sandbox.Mode);
            if (!ToolPolicy.AllAllow("exec", policies) || MutatingFsTools.Any(t => ToolPolicy.AllAllow(t, policies)))
            {
                continue;
            }

            var runtime = RuntimeTools.Where(t => ToolPolicy.AllAllow(t, policies));
            var node = context.Tools ?? install.Config.GetObject("tools");
            var evidence = node is null ? Evidence.ForConfigPath(install.ConfigPath, context.Label) : Evidence.At(node);
            yield return Info.Find(
                $"{context.Label}: write/edit/apply_patch are unavailable but runtime=[{string.Join(", ", runtime)}] remains (exec.host={host}, sandbox={sandbox.Mode}, workspaceAccess={sandbox.WorkspaceAccess}).",
                evidence);
        }
    }
}

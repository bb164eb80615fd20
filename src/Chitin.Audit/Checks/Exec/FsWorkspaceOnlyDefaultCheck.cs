using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Exec;

internal sealed class FsWorkspaceOnlyDefaultCheck : IAuditCheck
{
    private static readonly string[] FsTools = ["read", "write", "edit", "apply_patch"];

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-EXE-021",
        Title = "File tools are not confined to the workspace",
        Layer = Layer.Exec,
        DefaultSeverity = Severity.Medium,
        Description = "tools.fs.workspaceOnly defaults to false, so read/write/edit/apply_patch reach any path the gateway user can, including ~/.ssh and the OpenClaw credentials, whenever the session is not sandboxed. OpenClaw only reports an explicit false.",
        Remediation = "Set tools.fs.workspaceOnly to true (or per agent), or run the agent in sandbox mode \"all\".",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var globalNode = install.Config.Get("tools.fs.workspaceOnly");
        var groups = new List<(J5Node? Node, List<string> Contexts, bool Exec)>();
        foreach (var context in AgentRoster.Contexts(install))
        {
            var sandbox = SandboxPosture.For(install, context);
            var node = ConfigView.Get(context.Tools, "fs.workspaceOnly") ?? globalNode;
            if (sandbox.Mode == "all" || node is J5Bool { Value: true })
            {
                continue;
            }

            // An explicit global false is OpenClaw's config.insecure_or_dangerous_flags (CHI-EXE-016).
            if (node is not null && ReferenceEquals(node, globalNode) && node is J5Bool { Value: false })
            {
                continue;
            }

            var policies = ToolPolicy.Resolve(install.Config, context.Tools, sandbox.Mode);
            var fs = FsTools.Where(t => ToolPolicy.AllAllow(t, policies)).ToList();
            if (fs.Count == 0)
            {
                continue;
            }

            var exec = ToolPolicy.AllAllow("exec", policies);
            var i = groups.FindIndex(g => ReferenceEquals(g.Node, node));
            if (i < 0)
            {
                groups.Add((node, [$"{context.Label} (fs=[{string.Join(", ", fs)}], sandbox={sandbox.Mode})"], exec));
            }
            else
            {
                groups[i].Contexts.Add($"{context.Label} (fs=[{string.Join(", ", fs)}], sandbox={sandbox.Mode})");
                groups[i] = (groups[i].Node, groups[i].Contexts, groups[i].Exec || exec);
            }
        }

        foreach (var (node, contexts, exec) in groups)
        {
            var state = node is null ? "unset (default false)" : "false";
            var execText = exec ? " exec is available as well, so the shell can reach the same paths." : "";
            yield return Info.Find(
                $"tools.fs.workspaceOnly is {state} for: {string.Join("; ", contexts)}.{execText}",
                node is null ? Evidence.ForConfigPath(install.ConfigPath, "tools.fs.workspaceOnly", "unset") : Evidence.At(node, "false"));
        }
    }
}

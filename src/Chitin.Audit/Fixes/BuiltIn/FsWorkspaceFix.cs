using Chitin.Audit.Install;

namespace Chitin.Audit.Fixes.BuiltIn;

/// <summary>
/// Keeps file tools inside the agent workspace: <c>tools.fs.workspaceOnly: true</c> (the default is false) and
/// <c>tools.exec.applyPatch.workspaceOnly</c> back on where it was switched off.
/// </summary>
internal sealed class FsWorkspaceFix : IFix
{
    public string Id => "FIX-FS-WORKSPACE";

    public string Title => "File tools confined to the workspace";

    public IReadOnlyList<string> CheckIds { get; } = ["CHI-EXE-021", "config.insecure_or_dangerous_flags", "security.exposure.open_groups_with_runtime_or_fs"];

    public IEnumerable<FixChange> Plan(OpenClawInstall install, FixContext context)
    {
        var c = install.Config;
        if (c.GetBool("tools.fs.workspaceOnly") != true)
        {
            yield return new ConfigSet(ConfigPath.Parse("tools.fs.workspaceOnly"), ConfigValue.Bool(true))
            {
                Reason = "read/write/edit/apply_patch otherwise reach every file the gateway user can",
            };
        }

        if (c.GetBool("tools.exec.applyPatch.workspaceOnly") == false)
        {
            yield return new ConfigSet(ConfigPath.Parse("tools.exec.applyPatch.workspaceOnly"), ConfigValue.Bool(true)) { Reason = "apply_patch outside the workspace writes anywhere" };
        }
    }
}

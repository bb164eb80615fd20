using Chitin.Audit.Findings;
using Chitin.Audit.Install;

namespace Chitin.Audit.Checks.SupplyChain;

/// <summary>Where an install record lives: the state DB row (<c>config_machine_state</c>) and the record's id.</summary>
internal static class InstallRecordEvidence
{
    public static string IndexKey(InstallRecord r) => r.Kind == "hook" ? "hooks.internal.installs" : "plugins.installedIndex";

    public static Evidence For(OpenClawInstall install, InstallRecord r, string? value) =>
        new() { File = install.StateDbPath, JsonPath = $"config_machine_state[{IndexKey(r)}].{r.Id}", Value = value };

    /// <summary>The OpenClaw checkId for a plugin or hook record: <c>plugins.installs_&lt;suffix&gt;</c> or <c>hooks.installs_&lt;suffix&gt;</c>.</summary>
    public static string CheckId(InstallRecord r, string suffix) => (r.Kind == "hook" ? "hooks.installs_" : "plugins.installs_") + suffix;

    public static string Noun(InstallRecord r) => r.Kind == "hook" ? "hook pack" : "plugin";
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.SupplyChain;

internal sealed class SharedDirLoadPathCheck : IAuditCheck
{
    private static readonly (string Path, string What)[] LoadPaths =
    [
        ("skills.load.extraDirs", "skills are loaded from"),
        ("skills.load.allowSymlinkTargets", "skill symlinks may point into"),
        ("plugins.load.paths", "plugin code is loaded from"),
        ("hooks.internal.load.extraDirs", "hook packs are loaded from"),
        ("hooks.transformsDir", "webhook transform modules are loaded from"),
    ];

    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-SUP-014",
        Title = "Skills, plugins or hooks load from a directory others can write",
        Layer = Layer.SupplyChain,
        DefaultSeverity = Severity.High,
        Description = "A load path in /tmp, /var/tmp, /dev/shm or another world-writable directory lets any local user drop a skill, plugin or hook that the gateway then loads with the agent's tools and credentials.",
        Remediation = "Point the load path at a directory owned by the gateway user with mode 700 (or 755 at most), or remove it.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        foreach (var (path, what) in LoadPaths)
        {
            var node = install.Config.Get(path);
            IEnumerable<J5String> items = node switch
            {
                J5Array a => a.Items.OfType<J5String>(),
                J5String s => [s],
                _ => [],
            };
            foreach (var item in items)
            {
                var dir = AgentResolver.ExpandHome(item.Value.Trim(), install.HomeDir);
                if (dir.StartsWith('/') && SharedDirs.IsWritableByOthers(install, dir))
                {
                    yield return Info.Find($"{item.Path}: {what} {dir}, which other local users can write.", Evidence.At(item, item.Value));
                }
            }
        }
    }
}

using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Container;

internal sealed class SandboxSetupCommandNetworkCheck : IAuditCheck
{
    public CheckInfo Info { get; } = new()
    {
        Id = "CHI-CTR-031",
        Title = "Sandbox setupCommand runs with network access",
        Layer = Layer.Container,
        DefaultSeverity = Severity.Medium,
        Description = "docker.setupCommand runs `sh -lc` in every new sandbox. With a network it typically installs packages unpinned from the internet at each container creation (a supply-chain path into every session), and it forces the sandbox network open for all commands after it.",
        Remediation = "Bake tools into a custom sandbox image (docker.image) and keep docker.network \"none\"; drop setupCommand.",
    };

    public IEnumerable<Finding> Evaluate(OpenClawInstall install)
    {
        var groups = new List<(J5Node Node, List<SandboxPosture> Users)>();
        foreach (var p in SandboxPosture.All(install))
        {
            if (p.Docker("setupCommand") is not (J5String { Value.Length: > 0 } or J5Array { Count: > 0 }) || p.Network is "none")
            {
                continue;
            }

            var node = p.Docker("setupCommand")!;
            var i = groups.FindIndex(g => ReferenceEquals(g.Node, node));
            if (i < 0)
            {
                groups.Add((node, [p]));
            }
            else
            {
                groups[i].Users.Add(p);
            }
        }

        foreach (var (node, users) in groups)
        {
            var live = users.Any(u => u.InEffect);
            var nets = string.Join(", ", users.Select(u => $"{u.Context.Label}: network {u.Network}"));
            yield return Info.Find(
                $"{node.Path} runs with network access ({nets}){(live ? "" : "; not in effect while sandbox mode is off")}.",
                Evidence.At(node),
                live ? Severity.Medium : Severity.Low);
        }
    }
}

using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.Posture;

/// <summary>
/// One configured sandbox value and the contexts that end up using it. A value set in
/// <c>agents.defaults.sandbox</c> and inherited by three agents is one setting, reported once.
/// </summary>
internal sealed record SandboxSetting(J5Node Node, IReadOnlyList<SandboxPosture> Users)
{
    /// <summary>Some context using the value has sandboxing on, so the value is live.</summary>
    public bool InEffect => Users.Any(u => u.InEffect);

    public string Contexts => string.Join(", ", Users.Select(u => u.Context.Label));

    /// <summary>Groups the effective value <paramref name="pick"/> returns for every context by the node that set it.</summary>
    public static IReadOnlyList<SandboxSetting> Collect(OpenClawInstall install, Func<SandboxPosture, J5Node?> pick)
    {
        var groups = new List<(J5Node Node, List<SandboxPosture> Users)>();
        foreach (var p in SandboxPosture.All(install))
        {
            if (pick(p) is not { } node)
            {
                continue;
            }

            var g = groups.FindIndex(x => ReferenceEquals(x.Node, node));
            if (g < 0)
            {
                groups.Add((node, [p]));
            }
            else
            {
                groups[g].Users.Add(p);
            }
        }

        return [.. groups.Select(g => new SandboxSetting(g.Node, g.Users))];
    }
}

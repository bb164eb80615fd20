using System.Text.Json;
using Chitin.Audit.Rules;

namespace Chitin.Audit.Iocs;

/// <summary>The IOC sets shipped in the assembly from rules/iocs/*.json.</summary>
public sealed class BuiltInIocSource : IIocSource
{
    private static readonly Lazy<IReadOnlyList<IocSet>> Sets = new(LoadAll);

    public static BuiltInIocSource Instance { get; } = new();

    public IReadOnlyList<IocSet> Load(ICollection<string> notes) => Sets.Value;

    private static List<IocSet> LoadAll()
    {
        var sets = new List<IocSet>();
        foreach (var name in EmbeddedRules.List("iocs").Where(n => n.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var relative = "iocs/" + name["iocs.".Length..];
            try
            {
                sets.Add(IocFile.Parse(EmbeddedRules.Read(relative)).ToSet("builtin"));
            }
            catch (JsonException e)
            {
                // A shipped feed that does not parse is a build defect; the catalog test fails on it.
                throw new InvalidOperationException($"rules/{relative}: {e.Message}", e);
            }
        }

        return sets;
    }
}

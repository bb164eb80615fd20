using Chitin.Audit.Checks.Posture;
using Chitin.Audit.Findings;
using Chitin.Audit.Install;
using Chitin.Audit.Json5;

namespace Chitin.Audit.Checks.SupplyChain;

/// <summary>The OpenClaw version → advisory table (<c>rules/advisories.json</c>), parsed once on first use.</summary>
internal static class AdvisoryTable
{
    private static readonly Lazy<(string Version, IReadOnlyList<Advisory> Advisories)> Table = new(() => Parse(EmbeddedRules.ReadText("advisories.json")));

    public static string Version => Table.Value.Version;

    public static IReadOnlyList<Advisory> All => Table.Value.Advisories;

    /// <summary>Advisories whose fix is newer than <paramref name="version"/>.</summary>
    public static IEnumerable<Advisory> Affecting(OpenClawVersion version) => All.Where(a => version.IsOlderThan(a.FixedIn));

    public static (string Version, IReadOnlyList<Advisory> Advisories) Parse(string json)
    {
        var root = Json5Reader.Parse(json, "rules/advisories.json").Root as J5Object
            ?? throw new InvalidOperationException("rules/advisories.json is not an object");
        var list = new List<Advisory>();
        foreach (var item in (root["advisories"] as J5Array)?.Items.OfType<J5Object>() ?? [])
        {
            var id = Str(item, "id") ?? throw new InvalidOperationException("advisory without id");
            var fixedIn = OpenClawVersion.TryParse(Str(item, "fixedIn"))
                ?? throw new InvalidOperationException($"advisory {id}: fixedIn is not an OpenClaw version");
            if (!LayerNames.TryParseSeverity(Str(item, "severity") ?? "", out var severity))
            {
                throw new InvalidOperationException($"advisory {id}: unknown severity");
            }

            list.Add(new Advisory(id, ConfigView.GetStrings(item["aliases"]), fixedIn, severity, Str(item, "title") ?? id, Str(item, "summary") ?? "", Str(item, "url")));
        }

        return (Str(root, "version") ?? "unknown", list);
    }

    private static string? Str(J5Object o, string key) => (o[key] as J5String)?.Value;
}

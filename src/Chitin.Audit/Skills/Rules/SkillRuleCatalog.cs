using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Chitin.Audit.Findings;
using Chitin.Audit.Rules;

namespace Chitin.Audit.Skills.Rules;

/// <summary>
/// Every skill rule, combination and host list from rules/skills/*.json, compiled once. The version is
/// derived from the rule text, so a report always names the exact rule set it used.
/// </summary>
public sealed class SkillRuleCatalog
{
    public const string HostsFile = "hosts.json";

    private static readonly Lazy<SkillRuleCatalog> BuiltinCatalog = new(() => Load(ReadEmbedded()));

    private SkillRuleCatalog(IReadOnlyList<SkillRule> rules, IReadOnlyList<Combination> combinations, HostClassifier hosts, string version)
    {
        Rules = rules;
        Combinations = combinations;
        Hosts = hosts;
        Version = version;
        ById = rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    public static SkillRuleCatalog Builtin => BuiltinCatalog.Value;

    public IReadOnlyList<SkillRule> Rules { get; }

    public IReadOnlyDictionary<string, SkillRule> ById { get; }

    public IReadOnlyList<Combination> Combinations { get; }

    public HostClassifier Hosts { get; }

    /// <summary>e.g. <c>2026.11.1+3fa9c2d1</c> (date of the format, hash of the rule text).</summary>
    public string Version { get; }

    public string Label => "rules/skills@" + Version;

    /// <summary>The regex-backed rules, in file order.</summary>
    public IEnumerable<SkillRule> RegexRules => Rules.Where(r => !r.IsCode);

    public SkillRule Rule(string id) => ById.TryGetValue(id, out var r) ? r : throw new InvalidOperationException($"skill rule {id} is not in rules/skills");

    /// <summary>Builds a catalog from (file name, JSON text) pairs; throws with the file and rule on any defect.</summary>
    public static SkillRuleCatalog Load(IReadOnlyList<(string Name, string Json)> files)
    {
        var rules = new List<SkillRule>();
        var combos = new List<Combination>();
        HostListFile? hosts = null;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, json) in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(name + "\n" + json));
            try
            {
                if (name == HostsFile)
                {
                    hosts = JsonSerializer.Deserialize(json, SkillRulesJsonContext.Default.HostListFile);
                    continue;
                }

                var file = JsonSerializer.Deserialize(json, SkillRulesJsonContext.Default.SkillRuleFile) ?? throw new JsonException("empty file");
                if (!SkillFamily.All.Contains(file.Family) && file.Family != "combinations")
                {
                    throw new JsonException($"unknown family '{file.Family}'");
                }

                rules.AddRange(file.Rules.Select(r => Compile(r, file.Family)));
                combos.AddRange(file.Combinations.Select(Compile));
            }
            catch (Exception e) when (e is JsonException or ArgumentException or RegexParseException or NotSupportedException)
            {
                throw new InvalidOperationException($"rules/skills/{name}: {e.Message}", e);
            }
        }

        var dup = rules.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null)
        {
            throw new InvalidOperationException($"rules/skills: rule id {dup.Key} is defined twice");
        }

        var hash = Convert.ToHexStringLower(sha.GetHashAndReset())[..8];
        return new SkillRuleCatalog(rules, combos, new HostClassifier(hosts ?? throw new InvalidOperationException("rules/skills/hosts.json missing")), "2026.11.1+" + hash);
    }

    private static List<(string, string)> ReadEmbedded() =>
        [.. EmbeddedRules.List("skills")
            .Where(n => n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => n["skills.".Length..])
            .Select(n => (n, EmbeddedRules.Read("skills/" + n)))];

    private static SkillRule Compile(SkillRuleDto r, string family)
    {
        if (string.IsNullOrWhiteSpace(r.Id) || string.IsNullOrWhiteSpace(r.Title) || string.IsNullOrWhiteSpace(r.Why))
        {
            throw new JsonException($"rule '{r.Id}' needs id, title and why");
        }

        var isCode = r.Engine == "code";
        if (!isCode && r.Engine != "regex")
        {
            throw new JsonException($"rule {r.Id}: engine must be regex or code");
        }

        if (!isCode && r.Patterns.Count == 0)
        {
            throw new JsonException($"rule {r.Id}: a regex rule needs patterns");
        }

        if (r.MustMatch.Count == 0)
        {
            throw new JsonException($"rule {r.Id}: needs at least one mustMatch example");
        }

        return new SkillRule
        {
            Id = r.Id,
            Family = family,
            Title = r.Title,
            Severity = ParseSeverity(r.Severity, r.Id),
            Why = r.Why,
            Files = r.Files switch
            {
                "any" => FileClass.Any,
                "markdown" => FileClass.Markdown,
                "code" => FileClass.Code,
                _ => throw new JsonException($"rule {r.Id}: files must be any, markdown or code"),
            },
            IsCode = isCode,
            Patterns = [.. r.Patterns.Select(NewRegex)],
            Unless = r.Unless is null ? null : NewRegex(r.Unless),
            Hints = r.AnyOf.Count == 0 ? null : SearchValues.Create([.. r.AnyOf], StringComparison.OrdinalIgnoreCase),
            HostSeverity = r.Hosts?.ToDictionary(
                kv => Enum.TryParse<HostClass>(kv.Key, ignoreCase: true, out var c) ? c : throw new JsonException($"rule {r.Id}: unknown host class '{kv.Key}'"),
                kv => ParseSeverity(kv.Value, r.Id)),
            Demotable = r.Demotable,
            ExampleFile = r.ExampleFile ?? "SKILL.md",
            MustMatch = r.MustMatch,
            MustNotMatch = r.MustNotMatch,
        };
    }

    private static Combination Compile(CombinationDto c) => new()
    {
        Id = c.Id,
        Title = c.Title,
        Why = c.Why,
        PerFile = c.Scope switch
        {
            "file" => true,
            "skill" => false,
            _ => throw new JsonException($"combination {c.Id}: scope must be skill or file"),
        },
        Groups = c.All.Count < 2
            ? throw new JsonException($"combination {c.Id}: needs at least two groups")
            : [.. c.All.Select(g => ((IReadOnlySet<string>)g.Families.Select(f => SkillFamily.All.Contains(f) ? f : throw new JsonException($"combination {c.Id}: unknown family '{f}'")).ToHashSet(StringComparer.Ordinal), ParseSeverity(g.MinSeverity, c.Id)))],
    };

    /// <summary>
    /// Linear-time regex: immune to catastrophic backtracking on hostile input, so no match timeout is set
    /// (with one, .NET 10's NonBacktracking engine misses matches beyond ~100,000 characters; see SkillScannerBadInputTests).
    /// </summary>
    private static Regex NewRegex(string pattern) =>
        new(pattern, RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline);

    private static Severity ParseSeverity(string text, string id) =>
        LayerNames.TryParseSeverity(text, out var s) ? s : throw new JsonException($"rule {id}: unknown severity '{text}'");
}
